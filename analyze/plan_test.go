package analyze

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// samplePlan is the plan of the small test taxonomy's inventory, for review tests.
func samplePlan(t *testing.T) skillgap.Plan {
	t.Helper()
	m := Market{Total: 312, Demand: planDemand(), Since: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}
	rep := GapIn(planInventory(), planTax(), m, DefaultWeights())
	p, err := NewPlan(planInventory(), rep, planTax(), PlanOptions{Now: time.Date(2026, 5, 20, 9, 30, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// goalByID finds a goal of p, failing the test when it is missing.
func goalByID(t *testing.T, p skillgap.Plan, id string) skillgap.Goal {
	t.Helper()
	for _, g := range p.Goals {
		if g.ID == id {
			return g
		}
	}
	t.Fatalf("no goal %s in %v", id, goalIDs(p))
	return skillgap.Goal{}
}

func goalIDs(p skillgap.Plan) []string {
	var ids []string
	for _, g := range p.Goals {
		ids = append(ids, g.ID)
	}
	return ids
}

func TestNewPlanGoals(t *testing.T) {
	c := engineerToPM()
	tax, rep := c.report(t)
	p, cal, err := newPlan(c.inv, rep, tax, PlanOptions{Now: planStart.Time, Demand: c.demand})
	if err != nil {
		t.Fatal(err)
	}
	checkPlan(t, "engineer", p)
	checkWindows(t, "engineer", p)
	checkOrder(t, "engineer", p, rep, tax)
	checkScope(t, "engineer", p)
	ids := goalIDs(p)
	if ids[0] != careerReadyID || !slices.Contains(ids, networkID) || !slices.Contains(ids, mentorID) ||
		!slices.Contains(ids, careerTargetID) || ids[len(ids)-1] != longTermID {
		t.Fatalf("got goals %v; want the milestone first, networking, mentorship, the move and the long-term role last", ids)
	}
	if p.Version != skillgap.PlanVersion || p.Created != planStart.Time || p.TargetBy.String() != "2029-01-04" || len(p.Calendar) == 0 || len(cal.blocks) == 0 {
		t.Errorf("got version %d created %s target %s, %d calendar blocks", p.Version, p.Created, p.TargetBy, len(p.Calendar))
	}
	// Discovery builds on customer interviews, in which the engineer is not yet
	// at working level: it is pulled in, and discovery waits for working level.
	disc, ci := goalByID(t, p, "skill-product-discovery"), goalByID(t, p, "skill-customer-interviews")
	ready := ci.Tasks[groundwork(&ci)].Due
	if !slices.Contains(disc.After, ci.ID) || !disc.Start.After(ready.Time) || !strings.Contains(disc.Why, "Starts once you work at level 2 in Customer interviews") {
		t.Errorf("got discovery after %v from %s (why %q), interviews at working level %s; want it after, said", disc.After, disc.Start, disc.Why, ready)
	}
	if !strings.Contains(ci.Why, "Product discovery builds on it") {
		t.Errorf("got interviews why %q; want why it is in the plan", ci.Why)
	}
	// Every skill goal says where it stands by value per hour.
	quick := 0
	for _, g := range p.Goals {
		if g.Kind == skillgap.GoalSkill && strings.HasPrefix(g.Why, "Quick win") {
			quick++
		}
	}
	if quick != 1 {
		t.Errorf("got %d quick wins; want one", quick)
	}
	// Tasks in the user's context: the domain and employer, the reviewer.
	rec := goalByID(t, p, careerReadyID)
	if !strings.Contains(rec.Tasks[0].Title, "Globex") || !strings.Contains(rec.Specific, "payments") {
		t.Errorf("got %q / %q; want the employer and domain named", rec.Tasks[0].Title, rec.Specific)
	}
	mentor := goalByID(t, p, mentorID)
	if m := mentor.Tasks[len(mentor.Tasks)-1]; m.Every != skillgap.Monthly || m.Times != 12 || len(m.Dates) != 12 {
		t.Errorf("got mentor sessions %+v; want 12 monthly occurrences", m)
	}
	target := goalByID(t, p, careerTargetID)
	if target.Deadline != p.TargetBy || target.Horizon != skillgap.ShortTerm {
		t.Errorf("got the move due %s (%s); want the target date, short term", target.Deadline, target.Horizon)
	}
}

func TestPlanContextAndResources(t *testing.T) {
	c := seniorToDirector()
	c.inv.HoursPerWeek = 10 // time for every goal, so that every goal's context shows
	p := c.plan(t, PlanOptions{Demand: c.demand})
	var titles []string
	for _, g := range p.Goals {
		for _, task := range g.Tasks {
			titles = append(titles, task.Title)
			if strings.Contains(task.Title, "{") || strings.Contains(strings.ToLower(task.Title), "find a mentor strong") {
				t.Errorf("task %s: %q", task.ID, task.Title)
			}
		}
		if g.Kind == skillgap.GoalSkill {
			for _, task := range g.Tasks {
				if redundant.MatchString(task.Title) {
					t.Errorf("skill task %s repeats the networking or mentorship goal: %q", task.ID, task.Title)
				}
			}
		}
	}
	all := strings.Join(titles, "\n")
	for _, want := range []string{"B2B SaaS scale-up", "London", "Director of Product", "'Team Topologies' by Matthew Skelton and Manuel Pais (about US$30)"} {
		if !strings.Contains(all, want) {
			t.Errorf("tasks lack %q:\n%s", want, all)
		}
	}
	// A director aspirant gets no entry-level certificate, and an MBA is
	// advice with its years and cost, never an exam.
	if slices.ContainsFunc(p.Goals, func(g skillgap.Goal) bool { return g.Kind == skillgap.GoalCertification }) {
		t.Errorf("got a certification goal for a director aspirant: %v", goalIDs(p))
	}
	advice := strings.Join(p.Advice, "\n")
	for _, want := range []string{"Certified Scrum Product Owner (CSPO) is asked in 12% of 120", "entry-level", "MBA is asked in 13% of 120", "It is a degree, not an exam: about 2 years part-time", "US$80,000", "would not fit"} {
		if !strings.Contains(advice, want) {
			t.Errorf("advice lacks %q:\n%s", want, advice)
		}
	}
}

func TestPlanCertificationThreshold(t *testing.T) {
	c := engineerToPM()
	tax, rep := c.report(t)
	for _, tt := range []struct {
		share float64
		want  bool
	}{{0.15, true}, {0.10, true}, {0.08, false}} {
		demand := slices.Clone(c.demand)
		for i := range demand {
			if demand[i].SkillID == "cspo" {
				demand[i].Postings = int(tt.share * float64(demand[i].Total))
			}
		}
		p, err := NewPlan(c.inv, rep, tax, PlanOptions{Now: planStart.Time, Demand: demand})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(p.Goals, func(g skillgap.Goal) bool { return g.ID == "cert-cspo" })
		if (i >= 0) != tt.want {
			t.Errorf("CSPO at %.0f%%: got a goal %v; want %v", tt.share*100, i >= 0, tt.want)
			continue
		}
		if i >= 0 {
			g := p.Goals[i]
			if !strings.Contains(g.Relevant, "of 60 ") || !strings.Contains(g.Achievable, "US$1,000") || strings.Contains(g.Specific, "exam.") {
				t.Errorf("got cert goal %q / %q / %q; want the share, the fee", g.Relevant, g.Achievable, g.Specific)
			}
		}
	}
	// Over budget: advice, not a goal.
	c.inv.Budget, c.inv.Currency = 300, "EUR"
	p, err := NewPlan(c.inv, rep, tax, PlanOptions{Now: planStart.Time, Demand: c.demand})
	if err != nil {
		t.Fatal(err)
	}
	if slices.ContainsFunc(p.Goals, func(g skillgap.Goal) bool { return g.ID == "cert-cspo" }) || !strings.Contains(strings.Join(p.Advice, " "), "more than is left of your budget of 300 EUR") {
		t.Errorf("got goals %v advice %v; want CSPO over a 300 EUR budget left out, said", goalIDs(p), p.Advice)
	}
}

func TestPlanOverScope(t *testing.T) {
	c := seniorToDirector()
	c.inv.HoursPerWeek = 3
	tax, rep := c.report(t)
	for _, fit := range []skillgap.Fit{skillgap.FitFewer, skillgap.FitLower, skillgap.FitLater} {
		p, err := NewPlan(c.inv, rep, tax, PlanOptions{Now: planStart.Time, Fit: fit, Demand: c.demand})
		if err != nil {
			t.Fatal(err)
		}
		name := "3 h a week, " + string(fit)
		checkPlan(t, name, p)
		checkOrder(t, name, p, rep, tax)
		checkScope(t, name, p)
		s := p.Scope
		if s.NeedHours <= s.HaveHours || s.Fit != fit || !strings.Contains(s.Text, "Other choices") {
			t.Fatalf("%s: got scope %+v; want %g h needed over %g h available, fit %s, and the other choices", name, s, s.NeedHours, s.HaveHours, fit)
		}
		t.Logf("%s: %s", name, s.Text)
		switch fit {
		case skillgap.FitFewer:
			if p.TargetBy.String() != "2029-01-04" {
				t.Errorf("%s: moved the target to %s; want it kept", name, p.TargetBy)
			}
			if !strings.Contains(s.Text, "most valuable goals") || len(s.Left) == 0 {
				t.Errorf("%s: got %q; want the goals left out named", name, s.Text)
			}
		case skillgap.FitLater:
			if !p.TargetBy.After(c.inv.Start.AddDate(2, 0, 0)) || goalByID(t, p, careerTargetID).Horizon == skillgap.ShortTerm {
				t.Errorf("%s: got target %s; want a later date, no longer short term", name, p.TargetBy)
			}
		case skillgap.FitLower:
			if !strings.Contains(s.Text, "aims lower") || !strings.Contains(strings.Join(s.Left, " "), "instead of") {
				t.Errorf("%s: got %q; want lower levels said", name, s.Text)
			}
		}
	}
}

func TestPlanTargetBeyondTwoYears(t *testing.T) {
	c := engineerToPM()
	c.inv.TargetBy = skillgap.Date{Time: c.inv.Start.AddDate(3, 0, 0)}
	p := c.plan(t, PlanOptions{Demand: c.demand})
	checkPlan(t, "three years", p)
	checkScope(t, "three years", p)
	target, ready := goalByID(t, p, careerTargetID), goalByID(t, p, careerReadyID)
	if target.Horizon != skillgap.MidTerm || target.Deadline != c.inv.TargetBy {
		t.Errorf("got the move %s due %s; want medium term, due %s", target.Horizon, target.Deadline, c.inv.TargetBy)
	}
	if ready.Horizon != skillgap.ShortTerm || !strings.Contains(ready.Why, "short-term milestone") {
		t.Errorf("got milestone %s, why %q; want short term, said", ready.Horizon, ready.Why)
	}
	if !strings.Contains(p.Scope.Text, "no longer a short-term goal") {
		t.Errorf("got scope %q; want the target said to be beyond the short term", p.Scope.Text)
	}
}

func TestNewPlanErrors(t *testing.T) {
	inv := planInventory()
	inv.TargetRole = ""
	if _, err := NewPlan(inv, skillgap.GapReport{}, planTax(), PlanOptions{}); !errors.Is(err, ErrNoTarget) {
		t.Errorf("got %v; want ErrNoTarget", err)
	}
	inv = planInventory()
	inv.HoursPerWeek = 0
	if _, err := NewPlan(inv, skillgap.GapReport{}, planTax(), PlanOptions{}); err == nil || !strings.Contains(err.Error(), "hours per week") {
		t.Errorf("got %v; want an hours error", err)
	}
	// A target date in the past is an error with the date, not silently replaced.
	inv = planInventory()
	inv.Start = skillgap.Date{}
	inv.TargetBy = skillgap.DateOf(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	_, err := NewPlan(inv, skillgap.GapReport{}, planTax(), PlanOptions{Now: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC)})
	if !errors.Is(err, ErrTargetPast) || !strings.Contains(err.Error(), "2026-03-01") || !strings.Contains(err.Error(), "2026-05-20") {
		t.Errorf("got %v; want ErrTargetPast naming 2026-03-01 and the start 2026-05-20", err)
	}
	inv = planInventory()
	if _, err := NewPlan(inv, skillgap.GapReport{}, planTax(), PlanOptions{Fit: "sideways"}); err == nil || !strings.Contains(err.Error(), "sideways") {
		t.Errorf("got %v; want an unknown fit refused", err)
	}
}

// TestWorkDomain checks that tasks speak of the user's work as it is: a PM
// moving into AI, who took one course, is not told of "your AI work"; one
// whose current job names the domain is.
func TestWorkDomain(t *testing.T) {
	c := seniorToDirector()
	c.inv.TargetRole = "Senior Product Manager, AI"
	c.inv.Skills = append(c.inv.Skills, skillgap.InventorySkill{Skill: "ai-ml", Level: 1, Evidence: "an online course"})
	tax, rep := c.report(t)
	text := func() string {
		p, err := NewPlan(c.inv, rep, tax, PlanOptions{Now: planStart.Time, Demand: c.demand})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, g := range p.Goals {
			b.WriteString(g.Specific + "\n")
			for _, task := range g.Tasks {
				b.WriteString(task.Title + "\n")
			}
		}
		return b.String()
	}
	if s := text(); strings.Contains(s, "your AI work") || !strings.Contains(s, "your work at") {
		t.Errorf("moving into AI: got\n%s\nwant their work named without AI", s)
	}
	c.inv.Experience[0].Highlights = append(c.inv.Experience[0].Highlights, "Shipped the AI assistant for invoices")
	if s := text(); !strings.Contains(s, "your AI work at") {
		t.Errorf("working on AI today: got\n%s\nwant \"your AI work\"", s)
	}
}

// TestStrengthOncePerGoal: a skill goal names the user's strength once, not
// in its largest task and again in its weekly practice.
func TestStrengthOncePerGoal(t *testing.T) {
	c := engineerToPM()
	tax, rep := c.report(t)
	p, err := NewPlan(c.inv, rep, tax, PlanOptions{Now: planStart.Time, Demand: c.demand})
	if err != nil {
		t.Fatal(err)
	}
	leaning := 0
	for _, g := range p.Goals {
		n := 0
		for _, task := range g.Tasks {
			if strings.Contains(task.Title, "drawing on your strength") || strings.Contains(task.Title, "leaning on your") {
				n++
			}
		}
		if n > 1 {
			t.Errorf("%s names the strength in %d tasks; want once", g.Title, n)
		}
		leaning += n
	}
	if leaning == 0 {
		t.Error("no goal leans on the user's strength")
	}
}
