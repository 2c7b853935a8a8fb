package reports

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/skillgap/skillgap"
)

// Money writes an amount in its currency, rounded to a whole unit:
// "USD 135,000". Amounts are never converted between currencies.
func Money(amount float64, currency string) string {
	return oneLine(currency) + " " + Thousands(int(math.Round(amount)))
}

// signedMoney writes a difference with its sign: "+USD 20,000", "-GBP 3,500".
func signedMoney(d float64, currency string) string {
	if math.Round(d) < 0 {
		return "-" + Money(-d, currency)
	}
	return "+" + Money(d, currency)
}

// PayTrendsText writes the pay table of skillgap trends --pay: per currency,
// the postings with pay by seniority and role family with their quartiles,
// or "too few" where a cell has fewer than skillgap.MinPayCell. filters
// describes the postings counted, e.g. " (seniority senior)".
func PayTrendsText(w io.Writer, t *skillgap.PayTrends, filters string) error {
	bw := bufio.NewWriter(w)
	if t.Total == 0 {
		fmt.Fprintln(bw, "no postings match; widen the filters or run skillgap crawl")
		return bw.Flush()
	}
	fmt.Fprintf(bw, "%s of %s %s%s state pay\n", Thousands(t.WithPay), Thousands(t.Total), skillgap.PluralNoun(t.Total, "posting"), filters)
	for _, c := range t.Currencies {
		fmt.Fprintf(bw, "\n%s per year, %s with pay:\n", oneLine(c.Currency), Thousands(c.Postings))
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "seniority\trole family\tpostings\t25th\tmedian\t75th\tequity\tbonus\t")
		for _, x := range c.Cells {
			sen, role := cmp.Or(string(x.Seniority), "all"), cmp.Or(oneLine(x.Role), "all")
			if x.Seniority == "" {
				sen, role = "all", "all"
			}
			q1, med, q3 := "too few", "", ""
			if q := x.Quartiles; q != nil {
				q1, med, q3 = Thousands(int(math.Round(q.Q1))), Thousands(int(math.Round(q.Median))), Thousands(int(math.Round(q.Q3)))
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%d\t%d\t\n", sen, role, x.Postings, q1, med, q3, x.Equity, x.Bonus)
		}
		tw.Flush()
	}
	fmt.Fprintln(bw, "\nnote:", t.Note)
	return bw.Flush()
}

// PayTrendsCSV writes the pay table as CSV, one row per cell; quartiles are
// empty where the cell has too few postings.
func PayTrendsCSV(w io.Writer, t *skillgap.PayTrends) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"currency", "seniority", "role", "postings", "q1", "median", "q3", "min", "max", "equity", "bonus", "too_few"})
	num := func(x float64) string { return strconv.FormatFloat(math.Round(x), 'f', 0, 64) }
	for _, c := range t.Currencies {
		for _, x := range c.Cells {
			row := []string{csvCell(x.Currency), string(x.Seniority), csvCell(x.Role), strconv.Itoa(x.Postings), "", "", "", "", "",
				strconv.Itoa(x.Equity), strconv.Itoa(x.Bonus), strconv.FormatBool(x.TooFew)}
			if q := x.Quartiles; q != nil {
				row[4], row[5], row[6], row[7], row[8] = num(q.Q1), num(q.Median), num(q.Q3), num(q.Min), num(q.Max)
			}
			cw.Write(row)
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvCell keeps a spreadsheet from reading a cell as a formula.
func csvCell(s string) string {
	s = oneLine(s)
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

// paySummary says how many basis postings state pay, per currency:
// "23 of 60 postings of the basis state a pay range (USD 20, GBP 3)".
func paySummary(gp *skillgap.GapPay) string {
	s := fmt.Sprintf("%d of %s of the basis state a pay range", gp.WithPay, skillgap.Plural(gp.Postings, "posting"))
	var parts []string
	for _, c := range slices.SortedFunc(maps.Keys(gp.ByCurrency), func(a, b string) int {
		return cmp.Or(gp.ByCurrency[b]-gp.ByCurrency[a], strings.Compare(a, b))
	}) {
		parts = append(parts, fmt.Sprintf("%s %d", oneLine(c), gp.ByCurrency[c]))
	}
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s + "."
}

// premiumText is one premium line: "SQL: median USD 154,500 in 30 postings
// that ask for it, USD 134,500 in 30 that do not (+USD 20,000)".
func premiumText(p skillgap.PayPremium, name string) string {
	return fmt.Sprintf("%s: median %s in %s that ask for it, %s in %d that do not (%s)", name,
		Money(p.MedianWith, p.Currency), skillgap.Plural(p.With, "posting"), Money(p.MedianWithout, p.Currency), p.Without,
		signedMoney(p.Difference, p.Currency))
}

// ladderText is one seniority of the pay ladder.
func ladderText(c skillgap.PayCell) string {
	if c.Quartiles == nil {
		return fmt.Sprintf("%s: %d with pay, too few to show (under %d)", c.Seniority, c.Postings, skillgap.MinPayCell)
	}
	q := c.Quartiles
	return fmt.Sprintf("%s: median %s, middle half %s – %s (%d postings)", c.Seniority, Money(q.Median, c.Currency),
		Thousands(int(math.Round(q.Q1))), Thousands(int(math.Round(q.Q3))), c.Postings)
}

// payName names a premium's skill: its name, else the taxonomy's, else the id.
func (r *Report) payName(p skillgap.PayPremium) string {
	return oneLine(cmp.Or(p.Name, r.skillName(p.SkillID)))
}

// gapPayText writes the pay section of the terminal gap report.
func gapPayText(w io.Writer, r *Report, gp *skillgap.GapPay) {
	if gp == nil {
		return
	}
	fmt.Fprintln(w, "\nPay:", paySummary(gp))
	if len(gp.Ladder) > 0 {
		fmt.Fprintf(w, "  By seniority of these role families, %s per year (midpoints of the ranges):\n", oneLine(gp.Currency))
		for _, c := range gp.Ladder {
			fmt.Fprintln(w, "    "+ladderText(c))
		}
	}
	for _, p := range gp.Premiums {
		fmt.Fprintln(w, "  "+premiumText(p, r.payName(p)))
	}
	fmt.Fprintln(w, "  "+oneLine(gp.Note))
}

// pay writes the pay section of the Markdown gap report.
func (m *mdWriter) pay(g *skillgap.GapReport) {
	gp := g.Pay
	if gp == nil {
		return
	}
	m.line("## Pay")
	m.blank()
	m.line(md(paySummary(gp)))
	m.blank()
	if len(gp.Ladder) > 0 {
		m.line(md(fmt.Sprintf("By seniority of these role families, %s per year (midpoints of the ranges):", gp.Currency)))
		m.blank()
		m.header("lrrrr", "Seniority", "Postings", "25th", "Median", "75th")
		for _, c := range gp.Ladder {
			if q := c.Quartiles; q != nil {
				m.row(md(string(c.Seniority)), strconv.Itoa(c.Postings), Thousands(int(math.Round(q.Q1))),
					Thousands(int(math.Round(q.Median))), Thousands(int(math.Round(q.Q3))))
			} else {
				m.row(md(string(c.Seniority)), strconv.Itoa(c.Postings), "too few", "", "")
			}
		}
		m.blank()
	}
	if len(gp.Premiums) > 0 {
		m.header("lrrr", "Skill", "Median with", "Median without", "Difference")
		for _, p := range gp.Premiums {
			m.row(md(m.r.payName(p)), md(Money(p.MedianWith, p.Currency))+fmt.Sprintf(" (%d)", p.With),
				md(Money(p.MedianWithout, p.Currency))+fmt.Sprintf(" (%d)", p.Without), md(signedMoney(p.Difference, p.Currency)))
		}
		m.blank()
	}
	m.line("_" + md(gp.Note) + "_")
	m.blank()
}

// payView is what the HTML pay section reads.
type payView struct {
	Summary, Note string
	Premiums      []premiumView
	Chart         *payChart
}

type premiumView struct {
	Name, With, Without, Difference string
	WithN, WithoutN                 string // "30 postings"
}

// payChart is the pay ladder as a horizontal box plot, one row per seniority.
type payChart struct {
	Width, Height, AxisY int
	LabelX, Left         int // right edge of the labels; left edge of the plot
	Currency             string
	Min                  int // postings a row needs to be drawn
	Ticks                []payTick
	Rows                 []payRow
}

type payTick struct {
	X     int
	Label string
}

type payRow struct {
	Label, Title                string
	Y, N                        int
	TooFew                      bool
	MinX, Q1X, MedX, MaxX, BoxW int
	TextX                       int
}

// Pay chart geometry, in CSS pixels.
const (
	payLabelW = 110
	payPlotW  = 700
	payRowH   = 30
	payTop    = 24
)

func newPayView(r *Report, gp *skillgap.GapPay) *payView {
	if gp == nil {
		return nil
	}
	v := &payView{Summary: paySummary(gp), Note: oneLine(gp.Note), Chart: newPayChart(gp)}
	for _, p := range gp.Premiums {
		v.Premiums = append(v.Premiums, premiumView{Name: r.payName(p), With: Money(p.MedianWith, p.Currency),
			Without: Money(p.MedianWithout, p.Currency), Difference: signedMoney(p.Difference, p.Currency),
			WithN: skillgap.Plural(p.With, "posting"), WithoutN: skillgap.Plural(p.Without, "posting")})
	}
	return v
}

// newPayChart lays the ladder out on one axis from the lowest to the highest
// pay drawn; nil when no row has enough postings to draw.
func newPayChart(gp *skillgap.GapPay) *payChart {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, c := range gp.Ladder {
		if q := c.Quartiles; q != nil {
			lo, hi = min(lo, q.Min), max(hi, q.Max)
		}
	}
	if math.IsInf(lo, 1) {
		return nil
	}
	step := tickStep(hi - lo)
	lo, hi = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	if hi <= lo {
		hi = lo + step
	}
	left := payLabelW + 10
	x := func(v float64) int { return left + int(math.Round((v-lo)/(hi-lo)*payPlotW)) }
	c := &payChart{Width: left + payPlotW + 40, LabelX: payLabelW, Left: left, Currency: oneLine(gp.Currency), Min: skillgap.MinPayCell}
	for t := lo; t <= hi+step/2; t += step {
		c.Ticks = append(c.Ticks, payTick{X: x(t), Label: Thousands(int(t/1000)) + "k"})
	}
	for i, cell := range gp.Ladder {
		row := payRow{Label: string(cell.Seniority), Y: payTop + i*payRowH, N: cell.Postings, TooFew: cell.Quartiles == nil}
		row.Title = ladderText(cell)
		if q := cell.Quartiles; q != nil {
			row.MinX, row.Q1X, row.MedX, row.MaxX = x(q.Min), x(q.Q1), x(q.Median), x(q.Max)
			row.BoxW = max(x(q.Q3)-row.Q1X, 1)
			row.TextX = row.MaxX + 6
		}
		c.Rows = append(c.Rows, row)
	}
	c.AxisY = payTop + len(c.Rows)*payRowH
	c.Height = c.AxisY + 6
	return c
}

// tickStep is a round step (1, 2 or 5 × a power of ten, at least 1,000) that
// puts about five ticks across span.
func tickStep(span float64) float64 {
	step := 1000.0
	for span/step > 6 {
		switch s := step / math.Pow(10, math.Floor(math.Log10(step))); s {
		case 1:
			step *= 2
		case 2:
			step *= 2.5
		default:
			step *= 2
		}
	}
	return step
}
