package reports

import (
	"math"
	"time"

	"github.com/skillgap/skillgap"
)

// Gantt layout in CSS pixels. go-chart has no Gantt chart, so the timeline
// is laid out here and drawn as inline SVG by the HTML template.
const (
	ganttWidth  = chartWidth
	ganttLabelW = 290 // left column for goal and task names
	ganttRight  = 20
	ganttTop    = 30 // room for the axis labels
	ganttGoalH  = 24
	ganttTaskH  = 18
	ganttBottom = 12
)

// gantt is the laid-out timeline of a plan.
type gantt struct {
	Width, Height int
	PlotX, PlotW  int
	Ticks         []ganttTick
	Rows          []ganttRow
	Today         *float64 // x of the report date when it falls in the range
	RightX        int      // x of the right edge of the plot
}

type ganttTick struct {
	X     float64
	Label string
}

// ganttRow is one goal or task line.
type ganttRow struct {
	Y, H      int    // top and height of the row
	Goal      bool   // a goal row (else a task)
	Label     string // shortened name
	Full      string // full name and dates, for the tooltip
	Class     string // status or horizon, for colour
	HasBar    bool
	X, W      float64 // the bar
	Done      float64 // width of the done part of a goal bar
	Deadline  float64 // x of the goal deadline marker
	HasMarker bool
	// Beyond says the bar runs past the right edge; Until is its end date.
	Beyond bool
	Until  string
}

// timeline lays out the goals and tasks of p; report is the report date.
func timeline(p *skillgap.Plan, report time.Time) *gantt {
	lo, hi, ok := planSpan(p)
	if !ok {
		return nil
	}
	lo = time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC)
	hi = time.Date(hi.Year(), hi.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
	g := &gantt{Width: ganttWidth, PlotX: ganttLabelW, PlotW: ganttWidth - ganttLabelW - ganttRight}
	g.RightX = g.PlotX + g.PlotW
	span := hi.Sub(lo).Hours()
	x := func(t time.Time) float64 {
		switch {
		case t.After(hi):
			t = hi
		case t.Before(lo):
			t = lo
		}
		return round1(float64(g.PlotX) + float64(g.PlotW)*t.Sub(lo).Hours()/span)
	}
	g.Ticks = ticks(lo, hi, x)
	if !report.IsZero() && !report.Before(lo) && report.Before(hi) {
		t := x(report)
		g.Today = &t
	}
	y := ganttTop
	for _, goal := range p.Goals {
		row := ganttRow{Y: y, H: ganttGoalH, Goal: true, Label: shorten(goal.Title, 38),
			Full:  oneLine(goal.Title) + " · " + dateOf(goal.Start) + " to " + dateOf(goal.Deadline),
			Class: "goal-" + safeClass(string(goal.Horizon))}
		start := goalStart(p, &goal)
		if !start.IsZero() && !goal.Deadline.IsZero() && start.Before(hi) {
			row.HasBar = true
			row.X, row.W = x(start), math.Max(2, x(goal.Deadline.Time)-x(start))
			row.Done = round1(row.W * goal.Progress())
		}
		switch {
		case goal.Deadline.After(hi):
			row.Beyond, row.Until = true, goal.Deadline.String()
		case !goal.Deadline.IsZero():
			row.Deadline, row.HasMarker = x(goal.Deadline.Time), true
		}
		g.Rows = append(g.Rows, row)
		y += ganttGoalH
		for _, t := range goal.Tasks {
			row := ganttRow{Y: y, H: ganttTaskH, Label: shorten(t.Title, 40),
				Full:  oneLine(t.Title) + " · due " + dateOf(t.Due) + " · " + string(statusOrTodo(t.Status)),
				Class: "task-" + safeClass(string(statusOrTodo(t.Status)))}
			ts := t.Start.Time
			if ts.IsZero() {
				ts = start
			}
			if !t.Due.IsZero() && !ts.IsZero() && ts.Before(hi) {
				row.HasBar = true
				row.X, row.W = x(ts), math.Max(3, x(t.Due.Time)-x(ts))
			}
			if t.Due.After(hi) {
				row.Beyond, row.Until = true, t.Due.String()
			}
			g.Rows = append(g.Rows, row)
			y += ganttTaskH
		}
	}
	g.Height = y + ganttBottom
	return g
}

// planSpan returns the first and last day of the timeline: the span of the
// plan's short-term goals, so that five-to-ten-year goals do not squeeze them
// into slivers, or of all goals when every goal is long term.
func planSpan(p *skillgap.Plan) (lo, hi time.Time, ok bool) {
	if lo, hi, ok = span(p, false); ok {
		return lo, hi, ok
	}
	return span(p, true)
}

// span returns the first and last day the plan mentions, counting long-term
// goals only when withLong is set.
func span(p *skillgap.Plan, withLong bool) (lo, hi time.Time, ok bool) {
	see := func(d skillgap.Date) {
		if d.IsZero() {
			return
		}
		if !ok || d.Before(lo) {
			lo = d.Time
		}
		if !ok || d.After(hi) {
			hi = d.Time
		}
		ok = true
	}
	for _, g := range p.Goals {
		if g.Horizon == skillgap.LongTerm && !withLong {
			continue
		}
		see(g.Start)
		see(g.Deadline)
		for _, t := range g.Tasks {
			see(t.Start)
			see(t.Due)
		}
	}
	if ok {
		see(p.Start)
	}
	return lo, hi, ok
}

// goalStart is when a goal starts: its own start, else the plan's.
func goalStart(p *skillgap.Plan, g *skillgap.Goal) time.Time {
	if !g.Start.IsZero() {
		return g.Start.Time
	}
	return p.Start.Time
}

// ticks labels months for spans up to two years and years beyond, at most
// about twelve labels.
func ticks(lo, hi time.Time, x func(time.Time) float64) []ganttTick {
	months := (hi.Year()-lo.Year())*12 + int(hi.Month()-lo.Month())
	var out []ganttTick
	if months <= 24 {
		step := max(1, int(math.Ceil(float64(months)/12)))
		for i := 0; i <= months; i += step {
			m := lo.AddDate(0, i, 0)
			label := m.Format("Jan")
			if i == 0 || m.Month() == time.January {
				label = m.Format("Jan 2006")
			}
			out = append(out, ganttTick{X: x(m), Label: label})
		}
		return out
	}
	years := hi.Year() - lo.Year()
	step := max(1, int(math.Ceil(float64(years)/12)))
	for yr := lo.Year() + 1; yr <= hi.Year(); yr += step {
		m := time.Date(yr, time.January, 1, 0, 0, 0, 0, time.UTC)
		out = append(out, ganttTick{X: x(m), Label: m.Format("2006")})
	}
	return out
}

// shorten cleans s and cuts it to n runes with an ellipsis.
func shorten(s string, n int) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// safeClass keeps a CSS class name to letters, digits and hyphens.
func safeClass(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			b[i] = '-'
		}
	}
	return string(b)
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }
