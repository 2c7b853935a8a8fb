package analyze

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// randomCase builds a random inventory and market from seed: skills with
// random practice, effort (some recurring) and prerequisites, random hours,
// target dates up to four years out, and random demand.
func randomCase(seed uint64) (skillgap.Inventory, skillgap.GapReport, *skillgap.Taxonomy) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	skills := planSkills()
	cadences := append([]skillgap.Cadence{skillgap.Once, skillgap.Once}, skillgap.Cadences()...)
	for i := range 12 {
		s := skillgap.Skill{
			ID: fmt.Sprintf("s%02d", i), Name: fmt.Sprintf("Skill %d", i), Category: "delivery", Kind: skillgap.KindSkill,
			HoursPerLevel: r.IntN(200), Expected: r.IntN(5),
		}
		for j := range r.IntN(6) {
			s.Practice = append(s.Practice, fmt.Sprintf("Practise skill %d, step %d", i, j+1))
			e := skillgap.Effort{Hours: float64(1+r.IntN(40)) / 2, Every: cadences[r.IntN(len(cadences))]}
			if e.Every != skillgap.Once {
				e.Times = 2 + r.IntN(11)
			}
			s.Effort = append(s.Effort, e)
		}
		if i > 0 && r.IntN(3) == 0 {
			s.Prerequisites = append(s.Prerequisites, fmt.Sprintf("s%02d", r.IntN(i)))
		}
		skills = append(skills, s)
	}
	hours := []float64{0.5, 1, 1.5, 2, 3, 4.25, 6, 10, 20, 40, 80}
	inv := skillgap.Inventory{
		Name: "R", TargetRole: []string{"Senior Product Manager", "Staff PM", "Director of Product", "Product Manager"}[r.IntN(4)],
		CurrentRole:  []string{"Product Manager", "Software Engineer", "Senior Product Manager"}[r.IntN(3)],
		HoursPerWeek: hours[r.IntN(len(hours))],
		Start:        skillgap.DateOf(time.Date(2026, time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)),
	}
	if r.IntN(2) == 0 {
		inv.LongTermRole = "VP Product"
	}
	if r.IntN(3) == 0 {
		inv.TargetBy = inv.Start.AddDays(60 + r.IntN(4*365))
	}
	total := 30 + r.IntN(500)
	var demand []skillgap.Demand
	for _, s := range skills {
		if r.IntN(4) == 0 {
			continue
		}
		n := r.IntN(total + 1)
		demand = append(demand, skillgap.Demand{SkillID: s.ID, Postings: n, Required: r.IntN(n + 1), Total: total,
			Trend: float64(r.IntN(41) - 20), TrendSignificant: r.IntN(2) == 0, Expected: r.IntN(5)})
		if r.IntN(2) == 0 {
			inv.Skills = append(inv.Skills, skillgap.InventorySkill{Skill: s.ID, Level: r.IntN(5)})
		}
	}
	tax := skillgap.NewTaxonomy(skills)
	rep := Gap(inv, tax, total, demand, DefaultWeights())
	return inv, rep, tax
}

// TestSchedulerProperties checks, over many random inventories, that no week is
// booked over capacity and the plan carries exactly what was booked, and
// everything checkPlan and checkOrder check.
func TestSchedulerProperties(t *testing.T) {
	fits := []skillgap.Fit{"", skillgap.FitFewer, skillgap.FitLower, skillgap.FitLater}
	over := 0
	for seed := range uint64(300) {
		inv, rep, tax := randomCase(seed)
		opt := PlanOptions{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), MaxSkillGoals: 1 + int(seed%8), Fit: fits[seed%4]}
		p, cal, err := newPlan(inv, rep, tax, opt)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		name := fmt.Sprintf("seed %d (%g h a week, fit %q)", seed, inv.HoursPerWeek, opt.Fit)
		var booked, planned, blocks float64
		for w, h := range cal.used {
			if h > inv.HoursPerWeek+eps {
				t.Fatalf("%s: week %d booked %g h; want at most %g", name, w, h, inv.HoursPerWeek)
			}
			booked += h
		}
		for _, g := range p.Goals {
			planned += g.Hours
		}
		for _, b := range p.Calendar {
			blocks += b.Hours
		}
		if math.Abs(booked-planned) > 1e-6 || math.Abs(blocks-planned) > 0.01*float64(len(p.Calendar)+1) {
			t.Fatalf("%s: booked %g h, calendar blocks %g h; want the %g h of the goals", name, booked, blocks, planned)
		}
		if p.Scope.Fit != "" {
			over++
		}
		checkPlan(t, name, p)
		checkWindows(t, name, p)
		checkOrder(t, name, p, rep, tax)
		checkScope(t, name, p)
	}
	if over < 30 {
		t.Errorf("only %d of 300 random plans took the over-scope path; want the generator to exercise it", over)
	}
}

// checkPlan checks what every plan must satisfy: SMART fields, dates inside
// the plan, horizons exact (short within two years, medium only toward a
// target date the user set beyond two years, long only for the long-term role
// and five to ten years out), task order kept, recurring tasks spread one
// occurrence per period, and no task text twice.
func checkPlan(t *testing.T, name string, p skillgap.Plan) {
	t.Helper()
	short := p.Start.AddDate(ShortTermYears, 0, 0)
	long := p.Start.AddDate(LongTermYears, 0, 0)
	titles := map[string]string{}
	for _, g := range p.Goals {
		for field, v := range map[string]string{"id": g.ID, "title": g.Title, "specific": g.Specific, "measurable": g.Measurable,
			"achievable": g.Achievable, "relevant": g.Relevant, "kind": string(g.Kind), "horizon": string(g.Horizon), "why": g.Why} {
			if v == "" {
				t.Fatalf("%s: goal %s: %s is empty", name, g.ID, field)
			}
		}
		if g.Hours <= 0 || len(g.Tasks) == 0 {
			t.Fatalf("%s: goal %s: got %g h, %d tasks; want hours and tasks", name, g.ID, g.Hours, len(g.Tasks))
		}
		if !g.Deadline.After(g.Start.Time) || g.Start.Before(p.Start.Time) {
			t.Fatalf("%s: goal %s: start %s deadline %s; want plan start %s ≤ start < deadline", name, g.ID, g.Start, g.Deadline, p.Start)
		}
		checkHorizon(t, name, p, g, short, long)
		for i, task := range g.Tasks {
			if task.ID == "" || task.Title == "" || task.Hours <= 0 || !task.Due.After(task.Start.Time) {
				t.Fatalf("%s: task %+v: want id, title, hours and due after start", name, task)
			}
			if other, dup := titles[task.Title]; dup {
				t.Fatalf("%s: task text %q is in %s and %s", name, task.Title, other, task.ID)
			}
			titles[task.Title] = task.ID
			if task.Start.Before(g.Start.Time) || task.Due.After(g.Deadline.Time) {
				t.Fatalf("%s: task %s %s–%s outside goal %s–%s", name, task.ID, task.Start, task.Due, g.Start, g.Deadline)
			}
			checkOccurrences(t, name, task)
			if i == 0 {
				continue
			}
			prev := g.Tasks[i-1]
			if task.Start.Before(prev.Start.Time) || (!parallel(g.Kind) && task.Due.Before(prev.Due.Time)) {
				t.Fatalf("%s: task %s (%s–%s) before %s (%s–%s); want order kept", name, task.ID, task.Start, task.Due, prev.ID, prev.Start, prev.Due)
			}
		}
	}
}

// checkHorizon checks one goal's horizon against its deadline.
func checkHorizon(t *testing.T, name string, p skillgap.Plan, g skillgap.Goal, short, long time.Time) {
	t.Helper()
	switch g.Horizon {
	case skillgap.ShortTerm:
		if g.Deadline.After(short) {
			t.Fatalf("%s: short-term goal %s ends %s; want by %s", name, g.ID, g.Deadline, short.Format(skillgap.DateLayout))
		}
	case skillgap.MidTerm:
		if !g.Deadline.After(short) || g.Deadline.After(p.TargetBy.Time) || !p.TargetBy.After(short) {
			t.Fatalf("%s: medium-term goal %s ends %s (target %s); want only toward a target beyond %s, by it",
				name, g.ID, g.Deadline, p.TargetBy, short.Format(skillgap.DateLayout))
		}
	case skillgap.LongTerm:
		if g.ID != longTermID || g.Deadline.After(long) || g.Deadline.Before(p.Start.AddDate(LongTermFrom, 0, 0)) {
			t.Fatalf("%s: long-term goal %s ends %s; want only the long-term role, five to ten years out", name, g.ID, g.Deadline)
		}
	default:
		t.Fatalf("%s: goal %s: horizon %q", name, g.ID, g.Horizon)
	}
	if strings.Contains(g.Notes, "Moved to long term") {
		t.Fatalf("%s: goal %s relabelled: %s", name, g.ID, g.Notes)
	}
}

// checkOccurrences checks that a recurring task has one date per occurrence,
// each in a later week than the one before and, for a monthly or quarterly
// task, at least three weeks apart; and that its hours are whole occurrences.
func checkOccurrences(t *testing.T, name string, task skillgap.Task) {
	t.Helper()
	if task.Every == skillgap.Once {
		if len(task.Dates) != 0 || task.Times > 1 {
			t.Fatalf("%s: one-off task %s has %d dates, %d times", name, task.ID, len(task.Dates), task.Times)
		}
		return
	}
	if len(task.Dates) != task.Occurrences() || task.Dates[len(task.Dates)-1] != task.Due {
		t.Fatalf("%s: task %s: %d dates for %d occurrences, last %v, due %s", name, task.ID, len(task.Dates), task.Occurrences(), task.Dates, task.Due)
	}
	gap := map[skillgap.Cadence]int{skillgap.Weekly: 7, skillgap.Fortnight: 7, skillgap.Monthly: 21, skillgap.Quarterly: 21}[task.Every]
	for k := 1; k < len(task.Dates); k++ {
		if d := task.Dates[k].Sub(task.Dates[k-1].Time).Hours() / 24; d < float64(gap) {
			t.Fatalf("%s: task %s (every %s): occurrences %d and %d are %g days apart: %v", name, task.ID, task.Every, k-1, k, d, task.Dates)
		}
	}
}

// checkOrder checks the order of skill and certification goals and what hangs
// on it: each goal's tasks are its activities at their own hours (no split);
// a goal starts after the goals of its prerequisites end; among the goals
// ready at each point, the next is the best value per hour; and the move to
// the target role starts after every skill goal it follows has ended.
func checkOrder(t *testing.T, name string, p skillgap.Plan, rep skillgap.GapReport, tax *skillgap.Taxonomy) {
	t.Helper()
	prio := map[string]float64{}
	for _, g := range rep.Gaps {
		prio[g.SkillID] = max(g.Priority, minValue)
	}
	ends := map[string]skillgap.Date{}
	var order []skillgap.Goal
	var lastSkill skillgap.Date
	for _, g := range p.Goals {
		if g.Kind != skillgap.GoalSkill {
			continue
		}
		order = append(order, g)
		s, _ := tax.Skill(g.SkillID)
		idx := activities(s, g.From, g.To)
		tasks := g.Tasks
		if n := len(tasks); n > 0 && strings.Contains(tasks[n-1].Title, OnTheJob) {
			// The on-the-job practice makes up the goal's practice hours, weekly.
			pr, rest := tasks[n-1], tasks[:n-1]
			var booked float64
			for _, x := range rest {
				booked += x.Hours
			}
			need := math.Ceil(PractiseShare*float64(s.Hours()*(g.To-g.From)) - booked)
			each := pr.Hours / float64(pr.Occurrences())
			if pr.Every != skillgap.Weekly || pr.Hours < need || pr.Hours-each >= need || each < 1 || each > 4 {
				t.Fatalf("%s: goal %s: practice task %g h every %q ×%d; want the missing %g h, 1–4 h a week", name, g.ID, pr.Hours, pr.Every, pr.Occurrences(), need)
			}
			tasks = rest
		}
		if len(s.Practice) > 0 && len(idx) != len(tasks) {
			t.Fatalf("%s: goal %s: %d tasks for activities %v", name, g.ID, len(tasks), idx)
		}
		for k, task := range tasks {
			if len(idx) == 0 {
				break
			}
			e := s.EffortOf(idx[k])
			if math.Abs(task.Hours-e.Total()) > 1e-9 || task.Every != e.Every || task.Occurrences() != e.Occurrences() {
				t.Fatalf("%s: task %s: %g h every %q ×%d; want the activity's %g h every %q ×%d",
					name, task.ID, task.Hours, task.Every, task.Occurrences(), e.Hours, e.Every, e.Occurrences())
			}
		}
		for _, a := range g.After {
			end, ok := ends[a]
			if !ok {
				t.Fatalf("%s: goal %s is after %s, which is not before it in the plan", name, g.ID, a)
			}
			if !g.Start.After(end.Time) {
				t.Fatalf("%s: goal %s starts %s, before its prerequisite %s reaches working level %s", name, g.ID, g.Start, a, end)
			}
		}
		for _, pre := range s.Prerequisites {
			if o := slices.IndexFunc(order, func(x skillgap.Goal) bool { return x.SkillID == pre }); o >= 0 && order[o].From < workingLevel && !slices.Contains(g.After, order[o].ID) {
				t.Fatalf("%s: goal %s does not wait for %s, a prerequisite below working level", name, g.ID, order[o].ID)
			}
		}
		ends[g.ID] = g.Tasks[groundwork(&g)].Due
		if g.Horizon != skillgap.LongTerm && g.Deadline.After(lastSkill.Time) {
			lastSkill = g.Deadline
		}
	}
	perHour := func(g skillgap.Goal) float64 { return prio[g.SkillID] / max(g.Hours, 1) * 100 }
	for k, g := range order {
		for _, o := range order[k+1:] {
			ready := true
			for _, a := range o.After {
				if !slices.ContainsFunc(order[:k], func(x skillgap.Goal) bool { return x.ID == a }) {
					ready = false
				}
			}
			if ready && perHour(o) > perHour(g)+1e-9 {
				t.Fatalf("%s: %s (%.3f per 100 h) is booked before %s (%.3f), which was as ready", name, g.ID, perHour(g), o.ID, perHour(o))
			}
		}
	}
	for _, g := range p.Goals {
		if g.ID == careerTargetID && !lastSkill.IsZero() && !g.Start.After(lastSkill.Time) {
			t.Fatalf("%s: the move to the target starts %s, before the last skill goal ends %s", name, g.Start, lastSkill)
		}
	}
}

// checkScope checks that the scope says what it should: the numbers always;
// when the plan made its goals fit, how; a target beyond two years said with
// the short-term milestone.
func checkScope(t *testing.T, name string, p skillgap.Plan) {
	t.Helper()
	s := p.Scope
	if s.Text == "" || s.Weeks <= 0 || s.HaveHours <= 0 || s.NeedHours <= 0 {
		t.Fatalf("%s: scope %+v; want the numbers", name, s)
	}
	if !strings.Contains(s.Text, fmtHours(s.NeedHours)+" h") || !strings.Contains(s.Text, fmtHours(s.HaveHours)+" h") {
		t.Fatalf("%s: scope text %q; want %g h needed and %g h available", name, s.Text, s.NeedHours, s.HaveHours)
	}
	if s.NeedHours > s.HaveHours+1e-9 && s.Fit == "" {
		t.Fatalf("%s: %g h needed > %g h available, but the plan does not say how it fits", name, s.NeedHours, s.HaveHours)
	}
	if s.Fit != "" && (len(s.Left) == 0 && s.Fit != skillgap.FitLater) {
		t.Fatalf("%s: fit %s with nothing left out: %q", name, s.Fit, s.Text)
	}
	if p.TargetBy.After(p.Start.AddDate(ShortTermYears, 0, 0)) {
		if !strings.Contains(s.Text, "no longer a short-term goal") {
			t.Fatalf("%s: target %s beyond two years, scope %q; want it said", name, p.TargetBy, s.Text)
		}
		ready := slices.IndexFunc(p.Goals, func(g skillgap.Goal) bool { return g.ID == careerReadyID })
		if ready < 0 || p.Goals[ready].Horizon != skillgap.ShortTerm {
			t.Fatalf("%s: target %s beyond two years and no short-term milestone", name, p.TargetBy)
		}
	}
}

// checkWindows checks capacity from the plan alone: the tasks that lie wholly
// inside any span of weeks need no more hours than the span holds.
func checkWindows(t *testing.T, name string, p skillgap.Plan) {
	t.Helper()
	cal := newCalendar(p.Start, p.HoursPerWeek)
	type span struct {
		a, b  int
		hours float64
	}
	var spans []span
	for _, g := range p.Goals {
		for _, task := range g.Tasks {
			spans = append(spans, span{cal.weekOf(task.Start), cal.weekOf(task.Due), task.Hours})
		}
	}
	for _, x := range spans {
		for _, y := range spans {
			if y.b < x.a {
				continue
			}
			var sum float64
			for _, s := range spans {
				if s.a >= x.a && s.b <= y.b {
					sum += s.hours
				}
			}
			if limit := float64(y.b-x.a+1) * p.HoursPerWeek; sum > limit+1e-6 {
				t.Fatalf("%s: weeks %d–%d hold %g h of tasks; want at most %g", name, x.a, y.b, sum, limit)
			}
		}
	}
}

func TestCalendarBook(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		c := newCalendar(skillgap.DateOf(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)), 0.5+float64(r.IntN(20)))
		var total float64
		for range 30 {
			h := float64(r.IntN(50)) / 2
			first, last, ok := c.book(h, r.IntN(20), "t", c.weekCap())
			if !ok || last < first {
				t.Fatalf("book %g h: got %d–%d ok %v", h, first, last, ok)
			}
			total += h
		}
		var sum, blocks float64
		for w, u := range c.used {
			if u > c.capacity+eps {
				t.Fatalf("week %d: got %g h; want at most %g", w, u, c.capacity)
			}
			sum += u
		}
		for _, b := range c.blocks {
			blocks += b.hours
		}
		if math.Abs(sum-total) > 1e-6 || math.Abs(blocks-total) > 1e-6 {
			t.Fatalf("got %g h booked, %g h in blocks; want %g", sum, blocks, total)
		}
	}
}

// TestRecurringTaskSpread checks that a recurring task books one occurrence a
// period, each of its own hours, across its span.
func TestRecurringTaskSpread(t *testing.T) {
	start := skillgap.DateOf(time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC))
	for _, tt := range []struct {
		every skillgap.Cadence
		times int
		span  int // days from the first occurrence's week to the last's
	}{
		{skillgap.Weekly, 12, 77}, {skillgap.Fortnight, 6, 70}, {skillgap.Monthly, 12, 334}, {skillgap.Quarterly, 4, 273},
	} {
		c := newCalendar(start, 3)
		task := skillgap.Task{ID: "t", Hours: 1.5 * float64(tt.times), Every: tt.every, Times: tt.times, Status: skillgap.Todo}
		if _, ok := c.bookTask(&task, 0); !ok {
			t.Fatalf("%s: did not book", tt.every)
		}
		if len(task.Dates) != tt.times || len(c.blocks) != tt.times {
			t.Fatalf("%s: got %d dates, %d blocks; want %d", tt.every, len(task.Dates), len(c.blocks), tt.times)
		}
		for _, b := range c.blocks {
			if b.hours != 1.5 {
				t.Fatalf("%s: got a block of %g h; want 1.5 per occurrence", tt.every, b.hours)
			}
		}
		if got := int(task.Due.Sub(task.Start.Time).Hours()/24) - 6; got < tt.span-7 || got > tt.span+7 {
			t.Errorf("%s ×%d: spans %s–%s (%d days); want about %d", tt.every, tt.times, task.Start, task.Due, got, tt.span)
		}
	}
}

func TestNewPlanDeterministic(t *testing.T) {
	for seed := range uint64(20) {
		inv, rep, tax := randomCase(seed)
		opt := PlanOptions{Now: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
		a, errA := NewPlan(inv, rep, tax, opt)
		b, errB := NewPlan(inv, rep, tax, opt)
		if errA != nil || errB != nil || !reflect.DeepEqual(a, b) {
			t.Fatalf("seed %d: two plans from the same inputs differ (%v, %v)", seed, errA, errB)
		}
	}
}

func TestRescheduleKeepsDoneAndCapacity(t *testing.T) {
	inv, rep, tax := randomCase(7)
	inv.HoursPerWeek = 3
	p, err := NewPlan(inv, rep, tax, PlanOptions{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	p.Goals[0].Tasks[0].Status = skillgap.Done
	done := p.Goals[0].Tasks[0]
	from := p.Start.AddDays(200)
	q := Reschedule(p, from)
	if got := q.Goals[0].Tasks[0]; !reflect.DeepEqual(got, done) {
		t.Fatalf("got done task %+v; want it unchanged %+v", got, done)
	}
	for _, g := range q.Goals {
		for _, task := range g.Tasks {
			if open(task.Status) && task.Start.Before(from.Time) {
				t.Fatalf("got open task %s starting %s; want from %s on", task.ID, task.Start, from)
			}
		}
	}
	if reflect.DeepEqual(p, q) {
		t.Fatalf("got the same plan; want open work moved from %s", from)
	}
	before := clonePlan(p)
	Reschedule(p, from)
	if !reflect.DeepEqual(before, p) {
		t.Fatalf("Reschedule changed its input")
	}
}

// TestRhythm checks that, even at 3 h a week with goals side by side, a
// weekly task recurs week after week (no occurrence slips more than a week)
// and a one-off task is done in a run of weeks, not in crumbs between
// recurring work: "mentor weekly for a quarter" takes about a quarter.
func TestRhythm(t *testing.T) {
	c := seniorToDirector()
	tax, rep := c.report(t)
	p, err := NewPlan(c.inv, rep, tax, PlanOptions{Now: planStart.Time, Demand: c.demand})
	if err != nil {
		t.Fatal(err)
	}
	weekly := 0
	for _, g := range p.Goals {
		for _, task := range g.Tasks {
			if task.Every == skillgap.Weekly {
				weekly++
				for k := 1; k < len(task.Dates); k++ {
					if gap := task.Dates[k].Sub(task.Dates[k-1].Time).Hours() / 24; gap > 14 {
						t.Errorf("%s: occurrence %d is %g days after the one before; want at most 14", task.Title, k+1, gap)
					}
				}
			}
			if task.Every == skillgap.Once {
				need := math.Ceil(task.Hours / max(2, p.HoursPerWeek*taskShare))
				if weeks := math.Ceil(task.Due.Sub(task.Start.Time).Hours() / 24 / 7); weeks > 2*need+1 {
					t.Errorf("%s: %g h over %g weeks; want at most %g", task.Title, task.Hours, weeks, 2*need+1)
				}
			}
		}
	}
	if weekly == 0 {
		t.Fatal("no weekly task in the plan; the test needs one")
	}
}
