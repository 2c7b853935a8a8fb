package analyze

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// randomCase builds a random inventory and market from seed.
func randomCase(seed uint64) (skillgap.Inventory, skillgap.GapReport, []skillgap.Skill) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	skills := planSkills()
	for i := range 12 {
		skills = append(skills, skillgap.Skill{
			ID: fmt.Sprintf("s%02d", i), Name: fmt.Sprintf("Skill %d", i), Category: "delivery", Kind: skillgap.KindSkill,
			HoursPerLevel: r.IntN(200), Expected: r.IntN(5),
			Practice: []string{"a", "b", "c", "d", "e"}[:r.IntN(6)],
		})
	}
	hours := []float64{0.5, 1, 1.5, 2, 3, 4.25, 6, 10, 20, 40, 80}
	inv := skillgap.Inventory{
		Name: "R", TargetRole: []string{"Senior Product Manager", "Staff PM", "Director of Product", "Product Manager"}[r.IntN(4)],
		HoursPerWeek: hours[r.IntN(len(hours))],
		Start:        skillgap.DateOf(time.Date(2026, time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)),
	}
	if r.IntN(2) == 0 {
		inv.LongTermRole = "VP Product"
	}
	if r.IntN(3) == 0 {
		inv.TargetBy = inv.Start.AddDays(60 + r.IntN(3*365))
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
	rep := Gap(inv, skills, total, demand, DefaultWeights())
	return inv, rep, skills
}

// TestSchedulerProperties checks, over many random inventories, that no week is
// booked over capacity, every deadline is after its start, task order within a
// goal is kept, horizons are respected and every goal is SMART-complete.
func TestSchedulerProperties(t *testing.T) {
	for seed := range uint64(300) {
		inv, rep, skills := randomCase(seed)
		opt := PlanOptions{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), MaxSkillGoals: 1 + int(seed%8)}
		p, cal, err := newPlan(inv, rep, skills, opt)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		var booked, planned float64
		for w, h := range cal.used {
			if h > inv.HoursPerWeek+eps {
				t.Fatalf("seed %d: week %d booked %g h; want at most %g", seed, w, h, inv.HoursPerWeek)
			}
			booked += h
		}
		for _, g := range p.Goals {
			planned += g.Hours
		}
		if d := booked - planned; d > 1e-6 || d < -1e-6 {
			t.Fatalf("seed %d: booked %g h; want the %g h of the goals", seed, booked, planned)
		}
		checkPlan(t, fmt.Sprintf("seed %d", seed), p)
		checkWindows(t, fmt.Sprintf("seed %d", seed), p)
	}
}

// checkPlan checks what every plan must satisfy.
func checkPlan(t *testing.T, name string, p skillgap.Plan) {
	t.Helper()
	short := p.Start.AddDate(ShortTermYears, 0, 0)
	long := p.Start.AddDate(LongTermYears, 0, 0)
	for _, g := range p.Goals {
		for field, v := range map[string]string{"id": g.ID, "title": g.Title, "specific": g.Specific, "measurable": g.Measurable,
			"achievable": g.Achievable, "relevant": g.Relevant, "kind": string(g.Kind), "horizon": string(g.Horizon)} {
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
		switch {
		case g.Horizon == skillgap.ShortTerm && g.Deadline.After(short):
			t.Fatalf("%s: short-term goal %s ends %s; want by %s", name, g.ID, g.Deadline, short.Format(skillgap.DateLayout))
		case g.Deadline.After(long):
			t.Fatalf("%s: goal %s ends %s; want by %s", name, g.ID, g.Deadline, long.Format(skillgap.DateLayout))
		}
		for i, task := range g.Tasks {
			if task.ID == "" || task.Title == "" || task.Hours <= 0 || !task.Due.After(task.Start.Time) {
				t.Fatalf("%s: task %+v: want id, title, hours and due after start", name, task)
			}
			if task.Start.Before(g.Start.Time) || task.Due.After(g.Deadline.Time) {
				t.Fatalf("%s: task %s %s–%s outside goal %s–%s", name, task.ID, task.Start, task.Due, g.Start, g.Deadline)
			}
			if i == 0 {
				continue
			}
			prev := g.Tasks[i-1]
			if task.Start.Before(prev.Start.Time) || task.Due.Before(prev.Due.Time) {
				t.Fatalf("%s: task %s (%s–%s) before %s (%s–%s); want order kept", name, task.ID, task.Start, task.Due, prev.ID, prev.Start, prev.Due)
			}
			if g.Kind == skillgap.GoalSkill && task.Hours < prev.Hours {
				t.Fatalf("%s: task %s has %g h after %s with %g h; want small to large", name, task.ID, task.Hours, prev.ID, prev.Hours)
			}
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
			first, last, ok := c.book(h, r.IntN(20))
			if !ok || last < first {
				t.Fatalf("book %g h: got %d–%d ok %v", h, first, last, ok)
			}
			total += h
		}
		var sum float64
		for w, u := range c.used {
			if u > c.capacity+eps {
				t.Fatalf("week %d: got %g h; want at most %g", w, u, c.capacity)
			}
			sum += u
		}
		if d := sum - total; d > 1e-6 || d < -1e-6 {
			t.Fatalf("got %g h booked; want %g", sum, total)
		}
	}
}

func TestNewPlanDeterministic(t *testing.T) {
	for seed := range uint64(20) {
		inv, rep, skills := randomCase(seed)
		opt := PlanOptions{Now: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
		a, errA := NewPlan(inv, rep, skills, opt)
		b, errB := NewPlan(inv, rep, skills, opt)
		if errA != nil || errB != nil || !reflect.DeepEqual(a, b) {
			t.Fatalf("seed %d: two plans from the same inputs differ (%v, %v)", seed, errA, errB)
		}
	}
}

func TestRescheduleKeepsDoneAndCapacity(t *testing.T) {
	inv, rep, skills := randomCase(7)
	inv.HoursPerWeek = 3
	p, err := NewPlan(inv, rep, skills, PlanOptions{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	p.Goals[0].Tasks[0].Status = skillgap.Done
	done := p.Goals[0].Tasks[0]
	from := p.Start.AddDays(200)
	q := Reschedule(p, from)
	if got := q.Goals[0].Tasks[0]; got != done {
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
