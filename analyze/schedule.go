package analyze

import (
	"cmp"
	"slices"

	"github.com/skillgap/skillgap"
)

// maxWeeks bounds how far the scheduler looks ahead (30 years), so that a goal
// that cannot fit fails instead of looping.
const maxWeeks = 52 * 30

// eps absorbs floating-point error in hour sums.
const eps = 1e-9

// calendar books task hours week by week against a fixed weekly capacity. Week w
// runs from from+7w to from+7w+6.
type calendar struct {
	from     skillgap.Date
	capacity float64   // hours per week
	used     []float64 // hours booked per week
}

func newCalendar(from skillgap.Date, capacity float64) *calendar {
	return &calendar{from: from, capacity: capacity}
}

// weekOf is the week holding d; days before from fall in week 0.
func (c *calendar) weekOf(d skillgap.Date) int {
	if d.IsZero() || !d.After(c.from.Time) {
		return 0
	}
	return int(d.Sub(c.from.Time).Hours()/24) / 7
}

// weekStart is the first day of week w.
func (c *calendar) weekStart(w int) skillgap.Date { return c.from.AddDays(7 * w) }

// book fills free capacity from week w on with hours and returns the first and
// last week used; ok is false when the hours do not fit within maxWeeks.
func (c *calendar) book(hours float64, w int) (first, last int, ok bool) {
	first, last = -1, w
	for rem := hours; rem > eps; w++ {
		if w >= maxWeeks {
			return 0, 0, false
		}
		for len(c.used) <= w {
			c.used = append(c.used, 0)
		}
		free := c.capacity - c.used[w]
		if free <= eps {
			continue
		}
		take := min(free, rem)
		c.used[w] += take
		rem -= take
		if first < 0 {
			first = w
		}
		last = w
	}
	if first < 0 {
		first = last
	}
	return first, last, true
}

// bookGoal books the open tasks of g (todo and doing) in order: each task starts
// no earlier than the week the previous open task ended and, when hints is set,
// no earlier than its own Start. It sets task Start/Due and the goal's Start and
// Deadline. When a due date would pass limit (unless limit is zero), nothing is
// booked, g is left as it was and bookGoal returns false.
func (c *calendar) bookGoal(g *skillgap.Goal, limit skillgap.Date, hints bool) bool {
	saved := slices.Clone(c.used)
	tasks := slices.Clone(g.Tasks)
	prev := 0
	for i := range tasks {
		t := &tasks[i]
		if !open(t.Status) {
			continue
		}
		w := prev
		if hints {
			w = max(w, c.weekOf(t.Start))
		}
		first, last, ok := c.book(remaining(t), w)
		due := c.weekStart(last).AddDays(6)
		if !ok || (!limit.IsZero() && due.After(limit.Time)) {
			c.used = saved
			return false
		}
		t.Start, t.Due = c.weekStart(first), due
		prev = last
	}
	g.Tasks = tasks
	setGoalDates(g)
	return true
}

// open reports whether a task still needs time.
func open(s skillgap.Status) bool { return s == skillgap.Todo || s == skillgap.Doing || s == "" }

// remaining is the hours a task still needs: all of it, or for a task in progress
// its hours less those spent, but at least a tenth of it.
func remaining(t *skillgap.Task) float64 {
	if t.Status == skillgap.Doing && t.ActualHours > 0 {
		return max(t.Hours-t.ActualHours, t.Hours/10)
	}
	return t.Hours
}

// setGoalDates spans the goal over its tasks: Start is the earliest task start,
// Deadline the latest due date (a career goal keeps a later target date).
func setGoalDates(g *skillgap.Goal) {
	if len(g.Tasks) == 0 {
		return
	}
	start, due := g.Tasks[0].Start, g.Tasks[0].Due
	for _, t := range g.Tasks[1:] {
		if t.Start.Before(start.Time) {
			start = t.Start
		}
		if t.Due.After(due.Time) {
			due = t.Due
		}
	}
	if g.Kind == skillgap.GoalCareer && g.Deadline.After(due.Time) {
		due = g.Deadline
	}
	g.Start, g.Deadline = start, due
}

// anchored reports whether a goal's tasks are tied to dates (quarters, target
// dates) rather than done as soon as there is time.
func anchored(k skillgap.GoalKind) bool {
	return k == skillgap.GoalNetwork || k == skillgap.GoalMentorship || k == skillgap.GoalCareer
}

// bookingOrder is the order goals get booked in: short-term goals tied to dates
// first (they are small and their timing matters), then the other short-term
// goals in plan order (highest priority first), then long-term goals.
func bookingOrder(goals []skillgap.Goal) []int {
	rank := func(g *skillgap.Goal) int {
		switch {
		case g.Horizon == skillgap.LongTerm && anchored(g.Kind):
			return 2
		case g.Horizon == skillgap.LongTerm:
			return 3
		case anchored(g.Kind):
			return 0
		default:
			return 1
		}
	}
	idx := make([]int, len(goals))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(rank(&goals[a]), rank(&goals[b])) })
	return idx
}

// Reschedule books what is left of p (todo and doing tasks) from the week of
// from on, at the plan's hours per week; done and dropped tasks keep their dates
// and take no time. Goals tied to dates (network, mentorship, career) keep their
// tasks' planned start dates when those are still ahead; skill and certification
// work is booked as early as capacity allows, task order kept. Horizons are not
// enforced: a deadline that slips is reported by Review, not hidden.
func Reschedule(p skillgap.Plan, from skillgap.Date) skillgap.Plan {
	p = clonePlan(p)
	if p.HoursPerWeek <= 0 {
		return p
	}
	cal := newCalendar(from, p.HoursPerWeek)
	for _, i := range bookingOrder(p.Goals) {
		g := &p.Goals[i]
		cal.bookGoal(g, skillgap.Date{}, anchored(g.Kind))
	}
	return p
}

// clonePlan copies p deeply enough that changing goals and tasks of the copy
// leaves p alone.
func clonePlan(p skillgap.Plan) skillgap.Plan {
	p.Market.Skills = slices.Clone(p.Market.Skills)
	p.Goals = slices.Clone(p.Goals)
	for i := range p.Goals {
		p.Goals[i].Tasks = slices.Clone(p.Goals[i].Tasks)
	}
	return p
}
