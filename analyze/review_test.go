package analyze

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

func TestReview(t *testing.T) {
	p := samplePlan(t)
	sql := &p.Goals[1]
	sql.Tasks[0].Status = skillgap.Done // 10 of 60 h
	sql.Tasks[1].Status = skillgap.Doing
	sql.Tasks[1].ActualHours = 5
	now := p.Start.AddDate(0, 6, 0)
	current := []skillgap.Demand{
		{SkillID: "sql", Postings: 100, Total: 300},              // 48% → 33%: falling, has a goal
		{SkillID: "machine-learning", Postings: 60, Total: 300},  // new at 20%: add
		{SkillID: "ab-testing", Postings: 100, Total: 300},       // 32% → 33%: no move
		{SkillID: "roadmapping", Postings: 200, Total: 300},      // 64% → 67%: no move
		{SkillID: "product-strategy", Postings: 180, Total: 300}, // 58% → 60%
	}
	res := Review(p, now, current, 300)
	g := res.Goals[1]
	if g.ID != "skill-sql" || g.DoneHours != 10 || g.PlannedHours != 60 || math.Abs(g.Progress-1.0/6) > 1e-9 || g.ActualHours != 5 {
		t.Fatalf("got %+v; want 10 of 60 h done, 5 h recorded", g)
	}
	if len(res.Overdue) == 0 {
		t.Fatalf("got no overdue tasks six months in with one task done; want some")
	}
	for _, o := range res.Overdue {
		if !o.Due.Before(now) || o.DaysLate <= 0 {
			t.Errorf("got overdue %+v; want due before %s", o, now.Format(skillgap.DateLayout))
		}
	}
	if res.Pace.Verdict != "behind" || res.Pace.Done != 15 || res.Pace.PlannedByNow <= 15 {
		t.Errorf("got pace %+v; want behind with 15 h done", res.Pace)
	}
	checkPlan(t, "rescheduled", withoutDone(res.Plan))
	for _, goal := range res.Plan.Goals {
		for _, task := range goal.Tasks {
			if open(task.Status) && task.Start.Before(now) {
				t.Errorf("got open task %s starting %s; want from %s", task.ID, task.Start, now.Format(skillgap.DateLayout))
			}
		}
	}
	var moves []string
	for _, c := range res.Market {
		moves = append(moves, c.SkillID)
	}
	// cspo (13%) and figma are in the snapshot but not asked now: they fall too.
	if got, want := strings.Join(moves, ","), "machine-learning,sql,cspo"; got != want {
		t.Fatalf("got market moves %s; want %s (%+v)", got, want, res.Market)
	}
	if c := res.Market[1]; c.Points != -14.7 || c.Before != 0.4808 {
		t.Errorf("got sql move %+v; want 48.08%% → 33.33%%, −14.7 points", c)
	}
	var acts []string
	for _, s := range res.Suggestions {
		acts = append(acts, s.Action+":"+s.SkillID+s.GoalID)
	}
	if got, want := strings.Join(acts, ","), "add:machine-learning,drop:sqlskill-sql,drop:cspocert-cspo,pace:skill-product-strategy"; got != want {
		t.Errorf("got suggestions %s; want %s", got, want)
	}
}

// withoutDone keeps the open tasks of each goal, for checks on what is re-scheduled.
func withoutDone(p skillgap.Plan) skillgap.Plan {
	p = clonePlan(p)
	for i := range p.Goals {
		g := &p.Goals[i]
		var ts []skillgap.Task
		for _, task := range g.Tasks {
			if open(task.Status) {
				ts = append(ts, task)
			}
		}
		g.Tasks = ts
		if len(ts) > 0 {
			g.Start = ts[0].Start
		}
	}
	return p
}

func TestReviewNoMarket(t *testing.T) {
	res := Review(samplePlan(t), time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), nil, 0)
	if len(res.Market) != 0 || !strings.Contains(res.MarketNote, "no matching postings") {
		t.Errorf("got market %+v note %q; want nothing to compare, said", res.Market, res.MarketNote)
	}
	if res.Pace.Verdict != "behind" && res.Pace.Verdict != "on pace" {
		t.Errorf("got verdict %q", res.Pace.Verdict)
	}
}

func TestMergeEdits(t *testing.T) {
	old := samplePlan(t)
	old.Goals[1].Tasks[0].Status = skillgap.Done
	old.Goals[1].Tasks[0].ActualHours = 12
	old.Goals[1].Tasks[0].Notes = "used the dbt tutorial"
	old.Goals[2].Notes = "ask Sam about the checkout test"
	old.Goals = append(old.Goals, skillgap.Goal{ID: "skill-gone", Kind: skillgap.GoalSkill, Tasks: []skillgap.Task{{ID: "skill-gone-1", Status: skillgap.Done, Hours: 3}}})
	old.Goals = append(old.Goals, skillgap.Goal{ID: "skill-untouched", Kind: skillgap.GoalSkill, Tasks: []skillgap.Task{{ID: "skill-untouched-1", Status: skillgap.Todo, Hours: 3}}})
	fresh := samplePlan(t)
	got := MergeEdits(old, fresh)
	task := got.Goals[1].Tasks[0]
	if task.Status != skillgap.Done || task.ActualHours != 12 || task.Notes != "used the dbt tutorial" {
		t.Errorf("got task %+v; want the user's status, hours and notes", task)
	}
	if got.Goals[2].Notes != "ask Sam about the checkout test" {
		t.Errorf("got goal notes %q; want the user's", got.Goals[2].Notes)
	}
	if last := got.Goals[len(got.Goals)-1]; last.ID != "skill-gone" || len(got.Goals) != len(fresh.Goals)+1 {
		t.Errorf("got %d goals ending %s; want the edited old goal kept and the untouched one gone", len(got.Goals), last.ID)
	}
	if fresh.Goals[1].Tasks[0].Status != skillgap.Todo {
		t.Errorf("MergeEdits changed its input")
	}
}
