package analyze

import (
	"cmp"
	"math"
	"slices"

	"github.com/skillgap/skillgap"
)

// maxWeeks bounds how far the scheduler looks ahead (30 years), so that a goal
// that cannot fit fails instead of looping.
const maxWeeks = 52 * 30

// eps absorbs floating-point error in hour sums.
const eps = 1e-9

// calendar books task hours week by week against a fixed weekly capacity. Week w
// runs from from+7w to from+7w+6. It keeps every booking, so that a plan can
// carry the blocks it chose (skillgap.Block) to the user's calendar.
type calendar struct {
	from     skillgap.Date
	capacity float64   // hours per week
	used     []float64 // hours booked per week
	blocks   []block   // every booking, in the order made
}

// block is hours of one task in one week.
type block struct {
	week  int
	task  string
	hours float64
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

// weekEnd is the last day of week w.
func (c *calendar) weekEnd(w int) skillgap.Date { return c.from.AddDays(7*w + 6) }

// mark is a point to roll the calendar back to.
type mark struct{ used, blocks int }

// save returns a mark for undo; the calendar keeps its arrays, so undo copies.
func (c *calendar) save() (mark, []float64) {
	return mark{len(c.used), len(c.blocks)}, slices.Clone(c.used)
}

// undo rolls the calendar back to a saved state.
func (c *calendar) undo(m mark, used []float64) {
	c.used = used
	c.blocks = c.blocks[:m.blocks]
}

// taskShare is the most of a week's capacity one task takes when the week has
// more than two hours: the rest is left for other goals, so that recurring
// tasks keep their rhythm and goals move on side by side.
const taskShare = 0.6

// weekCap is the most hours one task takes in a week.
func (c *calendar) weekCap() float64 {
	if c.capacity <= 2 {
		return c.capacity
	}
	return max(2, c.capacity*taskShare)
}

// book fills free capacity from week w on with hours of task, at most perWeek
// in any week, and returns the first and last week used; ok is false when the
// hours do not fit within maxWeeks.
func (c *calendar) book(hours float64, w int, task string, perWeek float64) (first, last int, ok bool) {
	first, last = -1, w
	for rem := hours; rem > eps; w++ {
		if w >= maxWeeks {
			return 0, 0, false
		}
		for len(c.used) <= w {
			c.used = append(c.used, 0)
		}
		free := min(c.capacity-c.used[w], perWeek)
		if free <= eps {
			continue
		}
		take := min(free, rem)
		c.used[w] += take
		rem -= take
		c.blocks = append(c.blocks, block{week: w, task: task, hours: take})
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

// bookTask books what is left of t from week w on and sets its Start, Due and,
// for a recurring task, the due day of each occurrence. A recurring task books
// one occurrence per period, each in a later week than the one before; its
// occurrences already done keep their dates, and Start becomes the week of the
// first occurrence still to do. It returns the last week used.
func (c *calendar) bookTask(t *skillgap.Task, w int) (last int, ok bool) {
	if t.Every == skillgap.Once || t.Occurrences() == 1 {
		// A one-off task is done in a run of weeks, not in crumbs around
		// recurring work: it starts in the first week from which it ends
		// within twice the weeks it needs at full pace, plus one; only when
		// no such start comes within a year does it take the crumbs.
		h := remaining(t)
		span := 2*int(math.Ceil(h/c.weekCap()-eps)) + 1
		for s := w; s < w+52; s++ {
			m, saved := c.save()
			first, last, ok := c.book(h, s, t.ID, c.weekCap())
			if ok && last-first < span {
				t.Start, t.Due, t.Dates = c.weekStart(first), c.weekEnd(last), nil
				return last, true
			}
			c.undo(m, saved)
		}
		first, last, ok := c.book(h, w, t.ID, c.weekCap())
		if !ok {
			return 0, false
		}
		t.Start, t.Due, t.Dates = c.weekStart(first), c.weekEnd(last), nil
		return last, true
	}
	// A recurring task keeps its rhythm: it starts in the first week from
	// which no occurrence slips more than one period, so that "weekly for a
	// quarter" takes about a quarter, not months with gaps around other work.
	// Only when no such start comes within a year does it bend.
	for s := w; s < w+52; s++ {
		if last, ok := c.bookRecurring(t, s, true); ok {
			return last, true
		}
	}
	return c.bookRecurring(t, w, false)
}

// bookRecurring books the open occurrences of t from week w. When strict is
// set, each occurrence must end before the one after next is due (a slip of
// at most one period); otherwise nothing is booked and ok is false. When
// strict is not set, an occurrence that ends late moves the rest along.
func (c *calendar) bookRecurring(t *skillgap.Task, w int, strict bool) (last int, ok bool) {
	m, saved := c.save()
	n, done := t.Occurrences(), min(max(t.DoneTimes, 0), t.Occurrences())
	dates := make([]skillgap.Date, n)
	copy(dates, t.Dates)
	// Occurrence k comes k periods after the anchor; when one ends later than
	// its week, the rest count from where it ended, so that they do not bunch up.
	first, prev := -1, w-1
	anchor, base := c.weekStart(w), done
	for k := done; k < n; k++ {
		at := c.weekOf(t.Every.Next(anchor, k-base))
		from := max(at, prev+1)
		f, l, ok := c.book(t.Each(), from, t.ID, c.capacity)
		if ok && strict && l >= c.weekOf(t.Every.Next(anchor, k-base+2)) {
			ok = false
		}
		if !ok {
			c.undo(m, saved)
			return 0, false
		}
		if first < 0 {
			first = f
		}
		if l > at {
			anchor, base = c.weekStart(l), k
		}
		dates[k], prev = c.weekEnd(l), l
	}
	t.Start, t.Due, t.Dates = c.weekStart(first), dates[n-1], dates
	return prev, true
}

// bookGoal books the open tasks of g (todo and doing) in order: each task starts
// no earlier than week notBefore, the week the previous open task ended (for a
// goal whose tasks run in parallel, started), and, when hints is set, its own Start. It sets task dates and the goal's Start and
// Deadline. When a due date would pass limit (unless limit is zero), nothing is
// booked, g is left as it was and bookGoal returns false.
func (c *calendar) bookGoal(g *skillgap.Goal, notBefore int, limit skillgap.Date, hints bool) bool {
	m, saved := c.save()
	tasks := slices.Clone(g.Tasks)
	for i := range tasks {
		tasks[i].Dates = slices.Clone(tasks[i].Dates)
	}
	prev := notBefore
	for i := range tasks {
		t := &tasks[i]
		if !open(t.Status) {
			continue
		}
		w := prev
		if hints {
			w = max(w, c.weekOf(t.Start))
		}
		last, ok := c.bookTask(t, w)
		if !ok || (!limit.IsZero() && t.Due.After(limit.Time)) {
			c.undo(m, saved)
			return false
		}
		prev = last
		if parallel(g.Kind) {
			prev = c.weekOf(t.Start)
		}
	}
	g.Tasks = tasks
	setGoalDates(g)
	return true
}

// parallel reports whether a goal's tasks run side by side (each starting no
// earlier than the one before starts) rather than one after another: the
// networking goal's conversations and events recur over the same year.
func parallel(k skillgap.GoalKind) bool { return k == skillgap.GoalNetwork }

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

// blocksOf turns the calendar's bookings into the plan's weekly blocks: one per
// task and week, in week order.
func (c *calendar) blocksOf() []skillgap.Block {
	type key struct {
		week int
		task string
	}
	sum := map[key]float64{}
	var keys []key
	for _, b := range c.blocks {
		k := key{b.week, b.task}
		if _, ok := sum[k]; !ok {
			keys = append(keys, k)
		}
		sum[k] += b.hours
	}
	slices.SortStableFunc(keys, func(a, b key) int { return cmp.Compare(a.week, b.week) })
	out := make([]skillgap.Block, 0, len(keys))
	for _, k := range keys {
		out = append(out, skillgap.Block{Week: c.weekStart(k.week), Hours: roundHours(sum[k]), Task: k.task})
	}
	return out
}

// roundHours rounds to a hundredth of an hour, to keep float noise out of files.
func roundHours(h float64) float64 { return float64(int64(h*100+0.5)) / 100 }

// Reschedule books what is left of p (todo and doing tasks, and the occurrences
// of recurring tasks not yet done) from the week of from on, at the plan's hours
// per week; done and dropped tasks keep their dates and take no time. Goals are
// booked in plan order, each after the goals it was booked after when the plan
// was made (its prerequisites, for the move to the target role its skill goals);
// goals tied to dates (network, mentorship, career) keep their tasks' planned
// start dates when those are still ahead. No open task gets an earlier due date
// than it had. Horizons are not enforced: a deadline that slips is reported by
// Review, not hidden. The plan's calendar blocks are replaced by the new booking.
func Reschedule(p skillgap.Plan, from skillgap.Date) skillgap.Plan {
	p = clonePlan(p)
	if p.HoursPerWeek <= 0 {
		return p
	}
	cal := newCalendar(from, p.HoursPerWeek)
	ends := map[string]int{}
	for _, i := range rescheduleOrder(p.Goals) {
		g := &p.Goals[i]
		notBefore := 0
		for _, dep := range after(p.Goals, g) {
			notBefore = max(notBefore, ends[dep]+1)
		}
		was, deadline := slices.Clone(g.Tasks), g.Deadline
		if cal.bookGoal(g, notBefore, skillgap.Date{}, anchored(g.Kind)) {
			neverEarlier(g, was, deadline)
			ends[g.ID] = cal.weekOf(g.Deadline)
			if len(g.Tasks) > 0 {
				ends[g.ID] = cal.weekOf(g.Tasks[groundwork(g)].Due)
			}
		}
	}
	p.Calendar = cal.blocksOf()
	return p
}

// neverEarlier keeps every re-booked task of g due no earlier than it was
// (was holds the tasks and deadline the goal had before booking): work that is
// late, or merely booked sooner, never gets a tighter deadline than the user
// agreed to.
func neverEarlier(g *skillgap.Goal, was []skillgap.Task, deadline skillgap.Date) {
	for i := range g.Tasks {
		t := &g.Tasks[i]
		if i >= len(was) || !open(t.Status) || !t.Due.Before(was[i].Due.Time) {
			continue
		}
		t.Due = was[i].Due
		if n := len(t.Dates); n > 0 {
			t.Dates[n-1] = t.Due
		}
	}
	setGoalDates(g)
	if g.Deadline.Before(deadline.Time) {
		g.Deadline = deadline
	}
}

// rescheduleOrder books goals tied to dates first, then the others in plan
// order, then the move to the target role, then long-term goals.
func rescheduleOrder(goals []skillgap.Goal) []int {
	rank := func(g *skillgap.Goal) int {
		switch {
		case g.Horizon == skillgap.LongTerm:
			return 3
		case g.ID == careerTargetID:
			return 2
		case anchored(g.Kind):
			return 0
		}
		return 1
	}
	idx := make([]int, len(goals))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(rank(&goals[a]), rank(&goals[b])) })
	return idx
}

// after lists the ids of the goals of plan that g waits for: the goals of its
// skill's prerequisites (its After), and for the move to the target role every
// skill and certification goal that is not long term.
func after(goals []skillgap.Goal, g *skillgap.Goal) []string {
	var out []string
	if g.ID == careerTargetID {
		for _, o := range goals {
			if (o.Kind == skillgap.GoalSkill || o.Kind == skillgap.GoalCertification) && o.Horizon != skillgap.LongTerm {
				out = append(out, o.ID)
			}
		}
	}
	return append(out, g.After...)
}

// clonePlan copies p deeply enough that changing goals and tasks of the copy
// leaves p alone.
func clonePlan(p skillgap.Plan) skillgap.Plan {
	p.Market.Skills = slices.Clone(p.Market.Skills)
	p.Advice = slices.Clone(p.Advice)
	if p.Scope != nil {
		s := *p.Scope
		s.Left = slices.Clone(s.Left)
		p.Scope = &s
	}
	p.Calendar = slices.Clone(p.Calendar)
	p.Goals = slices.Clone(p.Goals)
	for i := range p.Goals {
		g := &p.Goals[i]
		g.After = slices.Clone(g.After)
		g.Tasks = slices.Clone(g.Tasks)
		for j := range g.Tasks {
			g.Tasks[j].Dates = slices.Clone(g.Tasks[j].Dates)
		}
	}
	return p
}
