package reports

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/skillgap/skillgap"
)

// TrendsText writes the trends report for the terminal: the top skills with
// their share, a sparkline per interval and the recent change, then the
// skills rising and falling significantly, and the --with and --by tables
// when the report has them. filters describes the postings counted, e.g.
// " (seniority senior, remote)"; tax names the skills.
func TrendsText(w io.Writer, t *skillgap.Trends, tax *skillgap.Taxonomy, filters string) error {
	bw := bufio.NewWriter(w)
	if t.Total == 0 {
		fmt.Fprintln(bw, "no postings match; widen the filters or run skillgap crawl")
		return bw.Flush()
	}
	fmt.Fprintf(bw, "%s %s%s, as of %s\n\n", Thousands(t.Total), skillgap.PluralNoun(t.Total, "posting"), filters, Day(t.AsOf))
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "skill\tpostings\tshare\treq/pref\t%s share\tchange\t\n", t.Interval)
	for _, r := range t.Skills {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d\t%s\t%s\t\n", r.Name, Thousands(r.Postings), Percent(r.Share),
			r.Required, r.Preferred, sparkline(r.Series, 36), changeCell(r.Change))
	}
	tw.Flush()
	if !t.WindowStart.IsZero() {
		fmt.Fprintf(bw, "\nchange: share %s – %s against %s – %s (two-proportion test, * = p<0.05 with ≥30 postings a window and ≥10 mentions in the later one)\n",
			Day(t.WindowStart), Day(t.WindowEnd.AddDate(0, 0, -1)), Day(t.PreviousStart), Day(t.WindowStart.AddDate(0, 0, -1)))
	}
	if t.Snapshots > 0 {
		how := "each posting in the " + t.Interval + " of its date"
		if t.SeriesBy == "open" {
			how = "each posting in every " + t.Interval + " it was open (first seen ≤ its end, last seen ≥ its start)"
		}
		fmt.Fprintf(bw, "data: %s; the %s series count %s\n", skillgap.Plural(t.Snapshots, "crawl snapshot"), t.Interval, how)
	}
	if t.Note != "" {
		fmt.Fprintln(bw, "note:", t.Note)
	}
	name := func(id string) string { return cmp.Or(tax.Name(id), id) }
	width := 0
	for _, c := range append(slices.Clone(t.Rising), t.Falling...) {
		width = max(width, utf8.RuneCountInString(name(c.SkillID)))
	}
	for _, sec := range []struct {
		title string
		cs    []skillgap.Change
	}{{"rising", t.Rising}, {"falling", t.Falling}} {
		fmt.Fprintf(bw, "\n%s:\n", sec.title)
		if len(sec.cs) == 0 {
			fmt.Fprintln(bw, "  none significant")
		}
		for _, c := range sec.cs {
			n := name(c.SkillID)
			fmt.Fprintf(bw, "  %s%s  %s\n", n, strings.Repeat(" ", width-utf8.RuneCountInString(n)), ChangeText(c))
		}
	}
	if t.With != "" {
		writeWith(bw, t, name(t.With))
	}
	if t.By != "" {
		writeBy(bw, t)
	}
	return bw.Flush()
}

// ChangeText says "12% → 41% (+29 points, 38/316 → 130/317, p<0.001)": the
// shares, the change, the counts behind them and the test's p-value.
func ChangeText(c skillgap.Change) string {
	return fmt.Sprintf("%s → %s (%s, %d/%d → %d/%d, %s)", Percent(c.ShareBefore), Percent(c.ShareAfter),
		Points(c.Delta), c.Before, c.TotalBefore, c.After, c.TotalAfter, PValue(c.P))
}

// changeCell writes a change in points, starred when significant.
func changeCell(c *skillgap.Change) string {
	switch {
	case c == nil:
		return ""
	case c.TotalBefore == 0 || c.TotalAfter == 0:
		return "no data before " // nothing to compare with
	case c.Significant:
		return Points(c.Delta) + "*"
	}
	return Points(c.Delta) + " "
}

func writeWith(w io.Writer, t *skillgap.Trends, with string) {
	fmt.Fprintf(w, "\nasked together with %s (%s %s):\n", with, Thousands(t.WithTotal), skillgap.PluralNoun(t.WithTotal, "posting"))
	names := []string{"skill"}
	for _, r := range t.CoOccurring {
		names = append(names, r.Name)
	}
	pad := leftAligner(names)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\ttogether\tshare\tlift\t\n", pad("skill"))
	for _, r := range t.CoOccurring {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%.2f\t\n", pad(r.Name), r.Together, Percent(r.Share), r.Lift)
	}
	tw.Flush()
	fmt.Fprintln(w, "lift > 1: asked together more often than if independent")
}

func writeBy(w io.Writer, t *skillgap.Trends) {
	fmt.Fprintf(w, "\nshare of postings by %s%s:\n", t.By, groupsShown(t))
	names := []string{"skill"}
	for _, r := range t.Skills {
		names = append(names, r.Name)
	}
	pad := leftAligner(names)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, pad("skill")+"\t")
	for _, g := range t.Groups {
		fmt.Fprintf(tw, "%s (%d)\t", g.Value, g.Total)
	}
	fmt.Fprintln(tw)
	for _, r := range t.Skills {
		fmt.Fprintf(tw, "%s\t", pad(r.Name))
		for _, g := range t.Groups {
			fmt.Fprintf(tw, "%s\t", Percent(groupShare(g, r.ID)))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// groupsShown says how many of By's values the table shows, when not all:
// " (the 6 companies with the most postings, of 18)".
func groupsShown(t *skillgap.Trends) string {
	if t.ByValues <= len(t.Groups) {
		return ""
	}
	noun := map[string]string{"company": "company", "seniority": "seniority", "remote": "workplace"}[t.By]
	if noun == "" {
		noun = "value"
	}
	return fmt.Sprintf(" (the %s with the most postings, of %d)", skillgap.Plural(len(t.Groups), noun), t.ByValues)
}

// groupShare is the share of g's postings that ask for skill id.
func groupShare(g skillgap.TrendGroup, id string) float64 {
	if g.Total == 0 {
		return 0
	}
	return float64(g.Counts[id]) / float64(g.Total)
}

// TrendsCSV writes the main table of the trends report (or its --with or
// --by table) as CSV, with shares as fractions and changes in points. The
// main table ends with the time series: a column "share_2025-01-01" per
// interval (week, month or quarter, by its first day), empty for an interval
// without postings.
func TrendsCSV(w io.Writer, t *skillgap.Trends) error {
	cw := csv.NewWriter(w)
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }
	switch {
	case t.With != "":
		cw.Write([]string{"with", "id", "name", "together", "postings", "share", "lift"})
		for _, r := range t.CoOccurring {
			cw.Write([]string{t.With, r.ID, r.Name, strconv.Itoa(r.Together), strconv.Itoa(r.Postings), f(r.Share), f(r.Lift)})
		}
	case t.By != "":
		cw.Write([]string{t.By, "id", "name", "postings", "total", "share"})
		for _, g := range t.Groups {
			for _, r := range t.Skills {
				cw.Write([]string{g.Value, r.ID, r.Name, strconv.Itoa(g.Counts[r.ID]), strconv.Itoa(g.Total), f(groupShare(g, r.ID))})
			}
		}
	default:
		periods := seriesPeriods(t.Skills)
		head := []string{"id", "name", "category", "postings", "total", "share", "required", "preferred",
			"expected", "trend_points", "trend_p", "trend_significant"}
		for _, p := range periods {
			head = append(head, "share_"+Day(p))
		}
		cw.Write(head)
		for _, r := range t.Skills {
			var c skillgap.Change
			if r.Change != nil {
				c = *r.Change
			}
			row := []string{r.ID, r.Name, r.Category, strconv.Itoa(r.Postings), strconv.Itoa(t.Total), f(r.Share),
				strconv.Itoa(r.Required), strconv.Itoa(r.Preferred), f(r.Expected), f(c.Delta), f(c.P),
				strconv.FormatBool(c.Significant)}
			at := map[int64]skillgap.Point{}
			for _, p := range r.Series {
				at[p.Time.Unix()] = p
			}
			for _, p := range periods {
				cell := ""
				if pt := at[p.Unix()]; pt.Total > 0 {
					cell = f(pt.Share())
				}
				row = append(row, cell)
			}
			cw.Write(row)
		}
	}
	cw.Flush()
	return cw.Error()
}

// seriesPeriods lists the intervals of the rows' series, in time order.
func seriesPeriods(rows []skillgap.TrendRow) []time.Time {
	var out []time.Time
	for _, r := range rows {
		for _, p := range r.Series {
			if !slices.ContainsFunc(out, p.Time.Equal) {
				out = append(out, p.Time)
			}
		}
	}
	slices.SortFunc(out, time.Time.Compare)
	return out
}

// sparkline draws the share of each point as one of ▁▂▃▄▅▆▇█, scaled to the
// largest share, keeping the last n points; a point with no postings is a space.
func sparkline(points []skillgap.Point, n int) string {
	if len(points) > n {
		points = points[len(points)-n:]
	}
	bars := []rune("▁▂▃▄▅▆▇█")
	top := 0.0
	for _, p := range points {
		top = max(top, p.Share())
	}
	var b strings.Builder
	for _, p := range points {
		switch {
		case p.Total == 0:
			b.WriteRune(' ')
		case top == 0:
			b.WriteRune(bars[0])
		default:
			b.WriteRune(bars[min(int(p.Share()/top*float64(len(bars)-1)+0.5), len(bars)-1)])
		}
	}
	return b.String()
}

// leftAligner pads strings to the widest of column, so that a right-aligning
// tabwriter leaves that column left-aligned.
func leftAligner(column []string) func(string) string {
	width := 0
	for _, s := range column {
		width = max(width, utf8.RuneCountInString(s))
	}
	return func(s string) string { return s + strings.Repeat(" ", max(width-utf8.RuneCountInString(s), 0)) }
}
