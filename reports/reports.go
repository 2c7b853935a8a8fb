// Package reports renders gap reports and development plans for people and
// for other tools: GitHub-flavoured Markdown, one self-contained HTML file with
// inline SVG charts, JSON with a documented schema (schema.json), and an
// iCalendar file of task and goal deadlines.
//
// Every renderer treats posting text and user text as untrusted: HTML goes
// through html/template, Markdown escapes its punctuation, iCalendar drops line
// breaks and control characters before folding.
package reports

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/skillgap/skillgap"
)

// Report is what the renderers draw. Gap, Plan and Fit may each be nil, not all.
type Report struct {
	// Title heads the report. Empty means a title made from the target role.
	Title string
	// Generated is when the report was made; it is printed, never read from the clock.
	Generated time.Time
	// Gap is the gap report. Nil means a plan-only report.
	Gap *skillgap.GapReport
	// Plan is the development plan. Nil means a gap-only report.
	Plan *skillgap.Plan
	// Fit ranks the open postings by how well the user fits them, now and
	// after the plan's short-term goals. Nil means no fit section.
	Fit *skillgap.FitReport
	// Taxonomy names the skills and gives their categories. Nil means names
	// come from the gap rows, else the ids themselves.
	Taxonomy *skillgap.Taxonomy
}

// title is the report's title, or one made from the target role.
func (r *Report) title() string {
	if t := oneLine(r.Title); t != "" {
		return t
	}
	target := ""
	switch {
	case r.Gap != nil && r.Gap.Target != "":
		target = r.Gap.Target
	case r.Plan != nil && r.Plan.TargetRole != "":
		target = r.Plan.TargetRole
	}
	if target == "" {
		return "Skill gap report"
	}
	return "Skill gap report: " + oneLine(target)
}

// skillName names skill id from the taxonomy, else from a gap row, else the id.
func (r *Report) skillName(id string) string {
	if s, ok := r.Taxonomy.Skill(id); ok && s.Name != "" {
		return s.Name
	}
	if g := r.findGap(id); g != nil && g.Name != "" {
		return g.Name
	}
	return id
}

// skillCategory gives the category of skill id, or "" when unknown.
func (r *Report) skillCategory(id string) string {
	if s, ok := r.Taxonomy.Skill(id); ok && s.Category != "" {
		return s.Category
	}
	if g := r.findGap(id); g != nil {
		return g.Category
	}
	return ""
}

// findGap finds the row for skill id among gaps, strengths and valued skills.
func (r *Report) findGap(id string) *skillgap.Gap {
	if r.Gap == nil {
		return nil
	}
	for _, rows := range [][]skillgap.Gap{r.Gap.Gaps, r.Gap.Strength, r.Gap.Valued} {
		for i := range rows {
			if rows[i].SkillID == id {
				return &rows[i]
			}
		}
	}
	return nil
}

// rowName is the display name of a gap row.
func (r *Report) rowName(g skillgap.Gap) string {
	if g.Name != "" {
		return g.Name
	}
	return r.skillName(g.SkillID)
}

// topDemand returns up to n rows from gaps and strengths with the highest
// share of postings, each skill once, ties broken by id for stable output.
func (r *Report) topDemand(n int) []skillgap.Gap {
	if r.Gap == nil {
		return nil
	}
	seen := map[string]bool{}
	var rows []skillgap.Gap
	for _, list := range [][]skillgap.Gap{r.Gap.Gaps, r.Gap.Strength} {
		for _, g := range list {
			if seen[g.SkillID] {
				continue
			}
			seen[g.SkillID] = true
			rows = append(rows, g)
		}
	}
	slices.SortStableFunc(rows, func(a, b skillgap.Gap) int {
		if c := cmp.Compare(b.Share(), a.Share()); c != 0 {
			return c
		}
		return strings.Compare(a.SkillID, b.SkillID)
	})
	return rows[:min(n, len(rows))]
}

// trendIDs returns the skill ids of the trend series, highest latest share
// first, at most n.
func (r *Report) trendIDs(n int) []string {
	if r.Gap == nil {
		return nil
	}
	type series struct {
		id    string
		share float64
	}
	var all []series
	for id, pts := range r.Gap.Trends {
		if len(pts) == 0 {
			continue
		}
		var sum float64
		for _, p := range pts {
			sum += p.Share()
		}
		all = append(all, series{id, sum / float64(len(pts))})
	}
	slices.SortFunc(all, func(a, b series) int {
		if c := cmp.Compare(b.share, a.share); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	ids := make([]string, 0, min(n, len(all)))
	for _, s := range all[:min(n, len(all))] {
		ids = append(ids, s.id)
	}
	return ids
}

// clean drops control characters (keeping newline and tab), bidirectional
// overrides and invalid UTF-8 from untrusted text, and turns CR and CRLF into
// newlines.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case unicode.IsControl(r), r == '\u2028', r == '\u2029':
			return ' '
		case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
			return -1
		}
		return r
	}, s)
}

// oneLine cleans s and collapses every run of white space, line breaks
// included, into one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}

// dateOf formats a Date, or "—" when it is zero (see Day).
func dateOf(d skillgap.Date) string { return Day(d.Time) }

// statusOrTodo returns the task status, treating empty as todo.
func statusOrTodo(s skillgap.Status) skillgap.Status {
	if s == "" {
		return skillgap.Todo
	}
	return s
}

// horizonName names a goal horizon for people.
func horizonName(h skillgap.Horizon) string {
	switch h {
	case skillgap.ShortTerm:
		return "short term"
	case skillgap.MidTerm:
		return "medium term"
	case skillgap.LongTerm:
		return "long term"
	}
	return oneLine(string(h))
}

// taskHours says a task's hours for people: "6", or for a recurring task
// "1.5 × 12 monthly = 18".
func taskHours(t skillgap.Task) string {
	if t.Every == skillgap.Once || t.Occurrences() <= 1 {
		return Hours(t.Hours)
	}
	return fmt.Sprintf("%s × %d %s = %s", Hours(t.Each()), t.Occurrences(), cadenceName(t.Every), Hours(t.Hours))
}

// cadenceName is "weekly", "fortnightly", "monthly" or "quarterly".
func cadenceName(c skillgap.Cadence) string {
	switch c {
	case skillgap.Weekly:
		return "weekly"
	case skillgap.Fortnight:
		return "fortnightly"
	case skillgap.Monthly:
		return "monthly"
	case skillgap.Quarterly:
		return "quarterly"
	}
	return oneLine(string(c))
}

// planTime says the plan's hours, start and target date.
func planTime(p *skillgap.Plan) string {
	s := HoursCount(p.HoursPerWeek) + " a week from " + dateOf(p.Start)
	if !p.TargetBy.IsZero() {
		s += "; target date " + dateOf(p.TargetBy)
	}
	if !p.Slot.IsZero() {
		s += "; sessions " + p.Slot.String()
	}
	return s
}

// formatFloat formats f with prec decimals, never as "-0".
func formatFloat(f float64, prec int) string {
	s := strconv.FormatFloat(f, 'f', prec, 64)
	if strings.Trim(s, "-0.") == "" {
		return strings.TrimPrefix(s, "-")
	}
	return s
}
