package analyze

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

func samplePlan(t *testing.T) skillgap.Plan {
	t.Helper()
	m := Market{Total: 312, Demand: planDemand(), Since: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}
	rep := GapIn(planInventory(), planSkills(), m, DefaultWeights())
	p, err := NewPlan(planInventory(), rep, planSkills(), PlanOptions{Now: time.Date(2026, 5, 20, 9, 30, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestNewPlanGoals(t *testing.T) {
	p := samplePlan(t)
	checkPlan(t, "sample", p)
	var ids []string
	for _, g := range p.Goals {
		ids = append(ids, g.ID+"/"+string(g.Horizon))
	}
	want := "career-target/short,skill-sql/short,skill-ab-testing/short,skill-product-strategy/short,cert-cspo/short,network/short,mentor/short,career-long-term/long"
	if got := strings.Join(ids, ","); got != want {
		t.Fatalf("got goals %s; want %s", got, want)
	}
	if p.Start.String() != "2026-06-01" || p.Created != time.Date(2026, 5, 20, 9, 30, 0, 0, time.UTC) || p.Version != 1 {
		t.Errorf("got start %s created %s version %d; want the inventory's start and Now", p.Start, p.Created, p.Version)
	}
	sql := p.Goals[1]
	if sql.From != 1 || sql.To != 3 || sql.Hours != 60 || len(sql.Tasks) != 3 {
		t.Fatalf("got sql goal %d→%d, %g h, %d tasks; want 1→3, 60 h, 3 tasks", sql.From, sql.To, sql.Hours, len(sql.Tasks))
	}
	if sql.Measurable != "Owns a recurring analysis in SQL" {
		t.Errorf("got measurable %q; want the taxonomy's evidence for level 3", sql.Measurable)
	}
	if got := []float64{sql.Tasks[0].Hours, sql.Tasks[1].Hours, sql.Tasks[2].Hours}; got[0] != 10 || got[1] != 20 || got[2] != 30 {
		t.Errorf("got task hours %v; want 10, 20, 30 (quick wins first)", got)
	}
	if !strings.Contains(sql.Relevant, "asked in 48% of 312 senior PM postings") || !strings.Contains(sql.Relevant, `"analytics"`) {
		t.Errorf("got relevant %q; want market figures and the motivation", sql.Relevant)
	}
	if !strings.Contains(sql.Specific, "SQL") || !strings.Contains(sql.Achievable, "6 h a week") {
		t.Errorf("got specific %q achievable %q; want the skill named and the weekly hours", sql.Specific, sql.Achievable)
	}
	career := p.Goals[0]
	if career.Deadline.String() != "2028-06-01" {
		t.Errorf("got career deadline %s; want two years after start", career.Deadline)
	}
	lt := p.Goals[len(p.Goals)-1]
	if lt.Deadline.Before(p.Start.AddDate(LongTermFrom, 0, 0)) {
		t.Errorf("got long-term deadline %s; want at least five years out", lt.Deadline)
	}
}

func TestNewPlanTightHours(t *testing.T) {
	inv := planInventory()
	inv.HoursPerWeek = 1
	rep := Gap(inv, planSkills(), 312, planDemand(), DefaultWeights())
	p, err := NewPlan(inv, rep, planSkills(), PlanOptions{Now: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	checkPlan(t, "1 h a week", p)
	moved := 0
	for _, g := range p.Goals {
		if g.Horizon == skillgap.LongTerm && strings.HasPrefix(g.Notes, "Moved to long term") {
			moved++
		}
	}
	if moved == 0 {
		t.Fatalf("got no goal moved to long term at 1 h a week; want the overflow said")
	}
}

func TestNewPlanErrors(t *testing.T) {
	inv := planInventory()
	inv.TargetRole = ""
	if _, err := NewPlan(inv, skillgap.GapReport{}, planSkills(), PlanOptions{}); !errors.Is(err, ErrNoTarget) {
		t.Errorf("got %v; want ErrNoTarget", err)
	}
	inv = planInventory()
	inv.HoursPerWeek = 0
	if _, err := NewPlan(inv, skillgap.GapReport{}, planSkills(), PlanOptions{}); err == nil || !strings.Contains(err.Error(), "hours per week") {
		t.Errorf("got %v; want an hours error", err)
	}
}

func TestSplitHours(t *testing.T) {
	tests := []struct {
		total float64
		n     int
		want  []float64
	}{
		{60, 3, []float64{10, 20, 30}},
		{40, 4, []float64{4, 8, 12, 16}},
		{2, 5, []float64{1, 1}},
		{0.5, 3, []float64{0.5}},
		{7, 3, []float64{1, 2, 4}},
	}
	for _, tt := range tests {
		got := splitHours(tt.total, tt.n)
		var sum float64
		for _, h := range got {
			sum += h
		}
		if len(got) != len(tt.want) || sum != tt.total {
			t.Errorf("splitHours(%g, %d) = %v; want %v", tt.total, tt.n, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("splitHours(%g, %d) = %v; want %v", tt.total, tt.n, got, tt.want)
				break
			}
		}
	}
}
