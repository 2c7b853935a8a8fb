package reports

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/skillgap/skillgap"
)

// Markdown writes r as GitHub-flavoured Markdown: a summary, the gap table with
// the reason for every row, strengths, the plan's goals with each SMART part,
// and a table of tasks with dates and status.
func Markdown(w io.Writer, r Report) error {
	bw := bufio.NewWriter(w)
	m := &mdWriter{w: bw, r: &r}
	m.line("# " + md(r.title()))
	m.blank()
	if !r.Generated.IsZero() {
		m.line("_Generated " + r.Generated.UTC().Format("2006-01-02 15:04 MST") + "_")
		m.blank()
	}
	if r.Gap != nil {
		m.gap(r.Gap)
	}
	if r.Plan != nil {
		m.plan(r.Plan)
	}
	if r.Fit != nil {
		m.fit(r.Fit)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write markdown report: %w", err)
	}
	return nil
}

// mdWriter writes lines; bufio keeps the first write error for Flush.
type mdWriter struct {
	w *bufio.Writer
	r *Report
}

func (m *mdWriter) line(s string) { m.w.WriteString(s + "\n") }
func (m *mdWriter) blank()        { m.w.WriteString("\n") }

// row writes one table row; cells are escaped by the caller.
func (m *mdWriter) row(cells ...string) {
	m.line("| " + strings.Join(cells, " | ") + " |")
}

// header writes a table header; align holds "l", "r" or "c" per column.
func (m *mdWriter) header(align string, cells ...string) {
	m.row(cells...)
	seps := make([]string, len(cells))
	for i := range cells {
		switch {
		case i < len(align) && align[i] == 'r':
			seps[i] = "---:"
		case i < len(align) && align[i] == 'c':
			seps[i] = ":---:"
		default:
			seps[i] = "---"
		}
	}
	m.row(seps...)
}

func (m *mdWriter) gap(g *skillgap.GapReport) {
	m.line("## Summary")
	m.blank()
	target := md(g.Target)
	if g.Role != "" || g.Seniority != "" {
		target += " (" + md(strings.TrimSpace(string(g.Seniority)+" "+g.Role)) + ")"
	}
	m.line("- **Target role:** " + target)
	m.line("- **Evidence:** " + md(evidence(g)))
	for _, n := range GapNotes(g) {
		m.line("- **Note:** " + md(n))
	}
	if !g.Reliable {
		m.line("- **Caution:** " + md(cautionNote(g.Postings)))
	}
	if len(g.Gaps) > 0 {
		top := make([]string, 0, 3)
		for _, row := range g.Gaps[:min(3, len(g.Gaps))] {
			top = append(top, md(m.r.rowName(row)))
		}
		m.line("- **Largest gaps:** " + strings.Join(top, ", "))
	}
	m.line(fmt.Sprintf("- **Gaps:** %d · **Strengths:** %d", len(g.Gaps), len(g.Strength)))
	m.blank()

	m.line("## Gaps")
	m.blank()
	if len(g.Gaps) == 0 {
		m.line("No gaps: your levels meet what the matching postings expect.")
		m.blank()
	} else {
		m.header("rllrrrrrrll", "#", "Skill", "Category", "Asked by", "Required by", "Step up", "You", "Expected", "Trend", "Priority", "Why")
		for i, row := range g.Gaps {
			m.row(strconv.Itoa(i+1), md(m.r.rowName(row)), md(m.category(row)), demandCell(row.Demand),
				Percent(row.RequiredShare()), md(StepUpText(row)), md(HaveText(row)), levelCell(row.Want),
				trendCell(row.Demand), md(PriorityParts(row)), md(row.Why))
		}
		m.blank()
		m.line("You: ? means not rated (ranked at half the distance until you rate it); inferred levels come from related skills, experience or certifications. " +
			"Step up: how many points more often these postings ask for the skill than the postings at your current level, counted less when the bases are small. " +
			"Priority = demand + step up + level + trend + motivation − effort (see `skillgap gap --help`).")
		m.blank()
	}
	m.examples(g)
	m.pay(g)
	if len(g.RateThese) > 0 {
		m.line("## Rate these")
		m.blank()
		m.line("The postings ask for these and nothing in your inventory says your level. Add them to your inventory with a level, and the ranking will use it.")
		m.blank()
		for _, row := range g.RateThese {
			m.line(fmt.Sprintf("- **%s**: asked in %s", md(m.r.rowName(row)), md(demandCell(row.Demand))))
		}
		m.blank()
	}
	m.strengths("Strengths", "What you have that the market asks for.", g.Strength)
	m.strengths("Valued but rarely asked", "Skills you are strong in or motivated by that few matching postings mention.", g.Valued)
	m.strengths("Inferred levels", "Levels you did not rate, inferred from related skills, experience or certifications; rate them to override.", g.Inferred)
	if len(g.Motivations) > 0 {
		m.line("## Your motivations")
		m.blank()
		for _, mm := range g.Motivations {
			m.line("- " + md(m.r.MotivationText(mm)))
		}
		m.blank()
	}
}

func (m *mdWriter) strengths(title, intro string, rows []skillgap.Gap) {
	if len(rows) == 0 {
		return
	}
	m.line("## " + title)
	m.blank()
	m.line(intro)
	m.blank()
	m.header("llrrrl", "Skill", "Category", "Asked by", "You", "Expected", "Why")
	for _, row := range rows {
		m.row(md(m.r.rowName(row)), md(m.category(row)), demandCell(row.Demand),
			levelCell(row.Have), levelCell(row.Want), md(row.Why))
	}
	m.blank()
}

func (m *mdWriter) category(g skillgap.Gap) string {
	if g.Category != "" {
		return g.Category
	}
	return m.r.skillCategory(g.SkillID)
}

func (m *mdWriter) plan(p *skillgap.Plan) {
	m.line("## Development plan")
	m.blank()
	if p.Owner != "" {
		m.line("- **For:** " + md(p.Owner))
	}
	if p.CurrentRole != "" {
		m.line("- **Now:** " + md(p.CurrentRole))
	}
	m.line("- **Target role:** " + md(p.TargetRole))
	if p.LongTermRole != "" {
		m.line("- **Long-term role:** " + md(p.LongTermRole))
	}
	m.line("- **Time:** " + md(planTime(p)))
	if s := snapshot(p.Market); s != "" {
		m.line("- **Market evidence:** " + md(s))
	}
	m.blank()
	if p.Scope != nil && p.Scope.Text != "" {
		m.line("**Scope.** " + md(p.Scope.Text))
		m.blank()
	}
	for _, a := range p.Advice {
		m.line("- **Advice:** " + md(a))
	}
	if len(p.Advice) > 0 {
		m.blank()
	}
	if len(p.Goals) == 0 {
		m.line("The plan has no goals.")
		m.blank()
		return
	}
	m.header("rllllrr", "#", "Goal", "Horizon", "Start", "Deadline", "Hours", "Done")
	for i, g := range p.Goals {
		m.row(strconv.Itoa(i+1), md(g.Title), md(horizonName(g.Horizon)), dateOf(g.Start),
			dateOf(g.Deadline), Hours(g.Hours), Percent(g.Progress()))
	}
	m.blank()
	for i := range p.Goals {
		m.goal(i+1, &p.Goals[i])
	}
}

func (m *mdWriter) goal(n int, g *skillgap.Goal) {
	m.line(fmt.Sprintf("### %d. %s", n, md(g.Title)))
	m.blank()
	kind := md(string(g.Kind))
	if g.SkillID != "" {
		kind += " · " + md(m.r.skillName(g.SkillID))
		if g.To > 0 {
			kind += fmt.Sprintf(" from %s to %s", levelCell(g.From), levelCell(g.To))
		}
	}
	m.line("- **Kind:** " + kind + " (" + md(horizonName(g.Horizon)) + ")")
	m.line("- **Specific:** " + md(g.Specific))
	m.line("- **Measurable:** " + md(g.Measurable))
	m.line("- **Achievable:** " + md(strings.TrimSpace(HoursCount(g.Hours)+". "+g.Achievable)))
	m.line("- **Relevant:** " + md(g.Relevant))
	m.line("- **Time-bound:** " + dateOf(g.Start) + " to " + dateOf(g.Deadline))
	if g.Why != "" {
		m.line("- **Why here:** " + md(g.Why))
	}
	if g.Notes != "" {
		m.line("- **Notes:** " + md(g.Notes))
	}
	m.blank()
	if len(g.Tasks) == 0 {
		return
	}
	m.header("llrllll", "Task", "Title", "Hours", "Start", "Due", "Status", "Notes")
	for _, t := range g.Tasks {
		h := taskHours(t)
		if t.DoneTimes > 0 {
			h += fmt.Sprintf(" (%d of %d done)", t.DoneTimes, t.Occurrences())
		}
		if t.ActualHours > 0 {
			h += " (" + Hours(t.ActualHours) + " spent)"
		}
		m.row(md(t.ID), md(t.Title), h, dateOf(t.Start), dateOf(t.Due),
			md(string(statusOrTodo(t.Status))), md(t.Notes))
	}
	m.blank()
}

// evidence says how many postings and which window the figures come from.
func evidence(g *skillgap.GapReport) string {
	s := skillgap.Plural(g.Postings, "matching posting")
	if b := oneLine(g.Basis); b != "" {
		s += " for " + b
	}
	switch {
	case !g.Since.IsZero() && !g.Until.IsZero():
		s += " from " + g.Since.UTC().Format("2006-01-02") + " to " + g.Until.UTC().Format("2006-01-02")
	case !g.Since.IsZero():
		s += " since " + g.Since.UTC().Format("2006-01-02")
	case !g.Until.IsZero():
		s += " until " + g.Until.UTC().Format("2006-01-02")
	}
	return s
}

// snapshot describes the market evidence a plan was built on.
func snapshot(s skillgap.MarketSnapshot) string {
	if s.Postings == 0 {
		return ""
	}
	out := skillgap.Plural(s.Postings, "posting")
	if s.Role != "" {
		out += " for " + s.Role
	}
	if !s.Since.IsZero() && !s.Until.IsZero() {
		out += " from " + s.Since.String() + " to " + s.Until.String()
	}
	return out
}

func demandCell(d skillgap.Demand) string {
	return fmt.Sprintf("%s (%d/%d)", Percent(d.Share()), d.Postings, d.Total)
}

func levelCell(l int) string {
	return fmt.Sprintf("%d %s", l, skillgap.LevelName(l))
}

func trendCell(d skillgap.Demand) string {
	s := Points(d.Trend)
	if d.TrendSignificant {
		return s + " (significant)"
	}
	return s
}

// md makes untrusted text safe for Markdown: one line, with the characters
// that make links, emphasis, code, HTML, tables or math escaped by a
// backslash, and & escaped where it would start an entity.
func md(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '$':
			b.WriteByte('\\')
		case '&':
			if isEntity(s[i+1:]) {
				b.WriteByte('\\')
			}
		case '#':
			// Harmful where it could open or close a heading.
			if i == 0 || s[i-1] == ' ' {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isEntity says whether s (the text after an &) begins an HTML character
// reference such as "lt;" or "#60;".
func isEntity(s string) bool {
	n := 0
	for n < len(s) && n < 32 {
		c := s[n]
		if c == ';' {
			return n > 0
		}
		if !(c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
		n++
	}
	return false
}
