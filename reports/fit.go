package reports

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/skillgap/skillgap"
)

// maxFitRows bounds the postings a Markdown or HTML fit section lists.
const maxFitRows = 100

// shortText says one shortfall: "APIs & integrations 0→2 (goal 6)",
// "SQL ?→2" when unrated.
func shortText(s skillgap.Shortfall) string {
	have := strconv.Itoa(s.Have)
	if s.Source == skillgap.Unrated {
		have = "?"
	}
	out := fmt.Sprintf("%s %s→%d", oneLine(s.Name), have, s.Want)
	if s.Goal > 0 {
		out += fmt.Sprintf(" (goal %d)", s.Goal)
	}
	return out
}

// missingText lists the required shortfalls of a score, at most n, with how
// many more there are: "APIs 0→2 (goal 6), SQL ?→2 and 3 more"; "–" for none.
func missingText(sc skillgap.FitScore, n int) string {
	var parts []string
	more := 0
	for _, s := range sc.Missing {
		if s.Level != skillgap.Required {
			continue
		}
		if len(parts) == n {
			more++
			continue
		}
		parts = append(parts, shortText(s))
	}
	if len(parts) == 0 {
		return "–"
	}
	out := strings.Join(parts, ", ")
	if more > 0 {
		out += fmt.Sprintf(" and %d more", more)
	}
	return out
}

// fitWord says whether a score fits: "fits" or "no"; "" for nil.
func fitWord(sc *skillgap.FitScore) string {
	switch {
	case sc == nil:
		return ""
	case sc.Fits:
		return "fits"
	}
	return "no"
}

// scoreText writes a score with the skills fully met: "71 (5/7 required met, 1/2 preferred)".
func scoreText(sc skillgap.FitScore) string {
	s := formatFloat(sc.Score, 0) + " (" + strconv.Itoa(sc.RequiredMet) + "/" + strconv.Itoa(sc.Required) + " required met"
	if sc.Preferred > 0 {
		s += ", " + strconv.Itoa(sc.PreferredMet) + "/" + strconv.Itoa(sc.Preferred) + " preferred"
	}
	return s + ")"
}

// stepLabel names a plan step: "goal 2: Data analysis → 3".
func stepLabel(st skillgap.FitStep, r *Report) string {
	return fmt.Sprintf("goal %d: %s → %d", st.Goal, oneLine(r.skillName(st.SkillID)), st.Level)
}

// blockerText says one blocker: "APIs & integrations: missing in 14 postings; goal 6 reaches it".
func blockerText(b skillgap.Blocker) string {
	s := fmt.Sprintf("%s: missing in %s", oneLine(b.Name), skillgap.Plural(b.Postings, "posting"))
	if b.Goal > 0 {
		s += fmt.Sprintf("; goal %d reaches the level they ask", b.Goal)
	}
	return s
}

// unjudgedNote says how many open postings the fit leaves out.
func unjudgedNote(n int) string {
	if n == 1 {
		return "1 more open posting names fewer than 3 skills that can be judged and is left out."
	}
	return skillgap.Plural(n, "more open posting") + " name fewer than 3 skills that can be judged and are left out."
}

// postingPlace says where a posting is: "remote · Remote (US)".
func postingPlace(p skillgap.PostingFit) string {
	parts := []string{}
	if p.Workplace != "" {
		parts = append(parts, string(p.Workplace))
	}
	if l := oneLine(strings.Join(p.Locations, "; ")); l != "" {
		parts = append(parts, l)
	}
	return strings.Join(parts, " · ")
}

// truncate keeps the first n runes of s, marking a cut with "…".
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// FitText writes the fit report for the terminal: the figures, how they are
// judged, the fit after each plan goal, the skills missing most often, and
// the top postings (all when top <= 0) with what each misses.
func FitText(w io.Writer, f *skillgap.FitReport, tax *skillgap.Taxonomy, top int) error {
	r := &Report{Taxonomy: tax}
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, oneLine(f.Summary))
	fmt.Fprintln(bw, "How:", oneLine(f.Rules))
	for _, n := range f.Notes {
		fmt.Fprintln(bw, "Note:", oneLine(n))
	}
	if f.Unjudged > 0 {
		fmt.Fprintln(bw, "Note:", unjudgedNote(f.Unjudged))
	}
	if len(f.Steps) > 0 {
		fmt.Fprintln(bw, "\nPostings that fit you as the plan's short-term goals are reached:")
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "  now\t%d\t\n", f.Now)
		for _, st := range f.Steps {
			fmt.Fprintf(tw, "  + %s\t%d\t\n", stepLabel(st, r), st.Fits)
		}
		tw.Flush()
	}
	if len(f.Blockers) > 0 {
		fmt.Fprintln(bw, "\nMissing most often, among the postings whose seniority and place suit you:")
		for _, b := range f.Blockers {
			fmt.Fprintln(bw, "  -", blockerText(b))
		}
	}
	rows := f.Rows
	if top > 0 && len(rows) > top {
		rows = rows[:top]
	}
	if len(rows) > 0 {
		fmt.Fprintln(bw)
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "#\tNOW\tAFTER\tSCORE\tPOSTING\tMISSING (REQUIRED)")
		for i, p := range rows {
			head := truncate(oneLine(p.Title)+" — "+oneLine(p.Company), 60)
			miss := missingText(p.Now, 4)
			if p.Why != "" {
				miss = "[" + oneLine(p.Why) + "] " + miss
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", i+1, fitWord(&p.Now), fitWord(p.After), formatFloat(p.Now.Score, 0), head, miss)
		}
		tw.Flush()
		if n := len(f.Rows) - len(rows); n > 0 {
			fmt.Fprintf(bw, "… and %d more (--top 0 for all, or --json)\n", n)
		}
		fmt.Fprintln(bw, "SCORE: % of what is required (your level against the posting's, unrated half), plus up to 10 for preferred skills. MISSING: your level → the posting's (? not rated; goal N of the plan reaches it).")
	}
	return bw.Flush()
}

// fit writes the Markdown section of the fit report.
func (m *mdWriter) fit(f *skillgap.FitReport) {
	m.line("## Jobs you fit")
	m.blank()
	m.line("**" + md(f.Summary) + "**")
	m.blank()
	m.line(md(f.Rules))
	m.blank()
	for _, n := range f.Notes {
		m.line("- **Note:** " + md(n))
	}
	if f.Unjudged > 0 {
		m.line("- **Note:** " + md(unjudgedNote(f.Unjudged)))
	}
	if len(f.Notes) > 0 || f.Unjudged > 0 {
		m.blank()
	}
	if len(f.Steps) > 0 {
		m.header("lr", "As the plan's short-term goals are reached", "Postings that fit")
		m.row("now", strconv.Itoa(f.Now))
		for _, st := range f.Steps {
			m.row("+ "+md(stepLabel(st, m.r)), strconv.Itoa(st.Fits))
		}
		m.blank()
	}
	if len(f.Blockers) > 0 {
		m.line("Missing most often, among the postings whose seniority and place suit you:")
		m.blank()
		for _, b := range f.Blockers {
			m.line("- " + md(blockerText(b)))
		}
		m.blank()
	}
	if len(f.Rows) == 0 {
		return
	}
	m.header("rlllllrl", "#", "Posting", "Company", "Place", "Now", "After", "Score", "Missing (required)")
	for i, p := range f.Rows[:min(len(f.Rows), maxFitRows)] {
		title := md(p.Title)
		if u := safeLink(p.URL); u != "" {
			title = "[" + title + "](" + u + ")"
		}
		if p.Seniority != "" {
			title += " (" + md(string(p.Seniority)) + ")"
		}
		miss := missingText(p.Now, 6)
		if p.Why != "" {
			miss = oneLine(p.Why) + "; " + miss
		}
		m.row(strconv.Itoa(i+1), title, md(p.Company), md(postingPlace(p)), fitWord(&p.Now), fitWord(p.After),
			md(scoreText(p.Now)), md(miss))
	}
	if n := len(f.Rows) - maxFitRows; n > 0 {
		m.blank()
		m.line("… and " + skillgap.Plural(n, "more posting") + " (the JSON report lists them all).")
	}
	m.blank()
}

// fitView is the fit report as the HTML template reads it.
type fitView struct {
	Summary, Rules string
	Notes          []string
	Bars           []fitBar
	ChartH         int
	BarW, Judged   int // the width of a bar holding every judged posting, and how many that is
	Blockers       []string
	Rows           []fitRowView
	More           int
}

// fitBar is one bar of the fit chart: the postings that fit now or after a goal.
type fitBar struct {
	Label string
	Fits  int
	Y, W  int // top of the bar and its width in pixels
	TextX int
}

// fitRowView is one posting of the fit table.
type fitRowView struct {
	N                                int
	Title, Company, Seniority, Place string
	Date                             string
	URL                              string // an http(s) link, or "" for none
	Now, After, Score, Missing, Why  string
	Fits                             bool
}

// Fit chart geometry, in CSS pixels.
const (
	fitChartLabel = 260 // width of the label column
	fitChartBar   = 520 // width of a bar holding every posting
	fitBarH       = 20
	fitBarGap     = 8
)

// newFitView formats f for the HTML template.
func newFitView(r *Report) *fitView {
	f := r.Fit
	v := &fitView{Summary: oneLine(f.Summary), Rules: oneLine(f.Rules), BarW: fitChartBar, Judged: f.Postings}
	for _, n := range f.Notes {
		v.Notes = append(v.Notes, oneLine(n))
	}
	if f.Unjudged > 0 {
		v.Notes = append(v.Notes, unjudgedNote(f.Unjudged))
	}
	if len(f.Steps) > 0 {
		bar := func(label string, n int) {
			w := 0
			if f.Postings > 0 {
				w = n * fitChartBar / f.Postings
			}
			y := len(v.Bars) * (fitBarH + fitBarGap)
			v.Bars = append(v.Bars, fitBar{Label: truncate(label, 40), Fits: n, Y: y, W: w, TextX: fitChartLabel + w + 6})
		}
		bar("now", f.Now)
		for _, st := range f.Steps {
			bar("+ "+stepLabel(st, r), st.Fits)
		}
		v.ChartH = len(v.Bars) * (fitBarH + fitBarGap)
	}
	for _, b := range f.Blockers {
		v.Blockers = append(v.Blockers, blockerText(b))
	}
	for i, p := range f.Rows[:min(len(f.Rows), maxFitRows)] {
		v.Rows = append(v.Rows, fitRowView{N: i + 1, Title: oneLine(p.Title), Company: oneLine(p.Company),
			Seniority: oneLine(string(p.Seniority)), Place: postingPlace(p), URL: safeLink(p.URL), Date: fitDate(p.Date),
			Now: fitWord(&p.Now), After: fitWord(p.After), Score: scoreText(p.Now), Missing: missingText(p.Now, 6),
			Why: oneLine(p.Why), Fits: p.Now.Fits})
	}
	v.More = max(len(f.Rows)-maxFitRows, 0)
	return v
}

// fitDate writes a posting date, or "" when unknown.
func fitDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}
