package analyze

import (
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
)

// shippedSkills is the shipped taxonomy, with its effort, prerequisites and resources.
func shippedSkills(t testing.TB) []skillgap.Skill {
	t.Helper()
	s, err := configs.Taxonomy()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// planCase is an inventory and a market written for plan tests.
type planCase struct {
	inv    skillgap.Inventory
	total  int
	demand []skillgap.Demand
}

// marketOf builds demand rows: id → share of total asked, required, expected level.
func marketOf(total int, rows ...any) []skillgap.Demand {
	var out []skillgap.Demand
	for i := 0; i+3 < len(rows)+1; i += 4 {
		id, share, req, exp := rows[i].(string), rows[i+1].(float64), rows[i+2].(float64), rows[i+3].(int)
		out = append(out, skillgap.Demand{SkillID: id, Postings: int(share * float64(total)), Required: int(req * float64(total)), Total: total, Expected: exp})
	}
	return out
}

var planStart = skillgap.DateOf(time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC))

// seniorToDirector is a senior PM at 3 h a week aiming at Director within two years.
func seniorToDirector() planCase {
	return planCase{
		inv: skillgap.Inventory{
			Name: "Sam", CurrentRole: "Senior Product Manager", TargetRole: "Director of Product", LongTermRole: "VP of Product",
			HoursPerWeek: 3, Start: planStart, Location: "London, UK", Budget: 400, Currency: "GBP",
			CompanyType: "B2B SaaS scale-up",
			Skills: []skillgap.InventorySkill{
				{Skill: "roadmapping", Level: 3}, {Skill: "product-strategy", Level: 2}, {Skill: "people-management", Level: 1},
				{Skill: "hiring", Level: 1}, {Skill: "stakeholder-management", Level: 3}, {Skill: "business-acumen", Level: 2},
				{Skill: "coaching-mentoring", Level: 2}, {Skill: "okrs", Level: 2}, {Skill: "metrics-kpis", Level: 3},
				{Skill: "executive-communication", Level: 2}, {Skill: "organisation-design", Level: 0},
			},
			Experience: []skillgap.Experience{{Role: "Senior Product Manager", Company: "Acme", Start: "2021-03", Highlights: []string{"Led the billing revamp; churn down 2 points"}}},
		},
		total: 120,
		demand: marketOf(120,
			"people-management", 0.85, 0.8, 3, "product-strategy", 0.9, 0.85, 4, "hiring", 0.6, 0.5, 3,
			"organisation-design", 0.4, 0.3, 3, "executive-communication", 0.5, 0.4, 3, "okrs", 0.45, 0.3, 3,
			"business-acumen", 0.55, 0.4, 3, "roadmapping", 0.87, 0.8, 3, "budget-management", 0.3, 0.2, 3,
			"product-leadership", 0.7, 0.6, 3, "cspo", 0.12, 0.05, 3, "mba", 0.14, 0.02, 3),
	}
}

// engineerToPM is a software engineer at 10 h a week moving into product.
func engineerToPM() planCase {
	return planCase{
		inv: skillgap.Inventory{
			Name: "Kim", CurrentRole: "Senior Software Engineer", TargetRole: "Technical Product Manager, Payments", LongTermRole: "Group Product Manager",
			HoursPerWeek: 10, Start: planStart, Location: "Berlin, DE", Budget: 1000, Currency: "EUR",
			Skills: []skillgap.InventorySkill{
				{Skill: "apis", Level: 4}, {Skill: "system-design", Level: 3}, {Skill: "sql", Level: 3},
				{Skill: "product-discovery", Level: 0}, {Skill: "customer-interviews", Level: 1}, {Skill: "roadmapping", Level: 1},
				{Skill: "requirements-prds", Level: 1}, {Skill: "prioritisation", Level: 1}, {Skill: "payments", Level: 1},
				{Skill: "stakeholder-management", Level: 1}, {Skill: "metrics-kpis", Level: 1},
			},
			Experience: []skillgap.Experience{{Role: "Senior Software Engineer", Company: "Globex", Start: "2019-01", Highlights: []string{"Built the payouts API used by 300 merchants"}}},
		},
		total: 60,
		demand: marketOf(60,
			"product-discovery", 0.6, 0.5, 3, "customer-interviews", 0.4, 0.3, 3, "roadmapping", 0.7, 0.6, 3,
			"requirements-prds", 0.6, 0.55, 3, "prioritisation", 0.65, 0.6, 3, "payments", 0.8, 0.7, 3,
			"stakeholder-management", 0.7, 0.6, 3, "metrics-kpis", 0.5, 0.4, 3, "apis", 0.7, 0.6, 3,
			"ab-testing", 0.3, 0.2, 3, "data-analysis", 0.35, 0.3, 3, "cspo", 0.15, 0.1, 3),
	}
}

// report is the gap report of a case on the shipped taxonomy.
func (c planCase) report(t testing.TB) (*skillgap.Taxonomy, skillgap.GapReport) {
	tax := skillgap.NewTaxonomy(shippedSkills(t))
	rep := GapIn(c.inv, tax, Market{Total: c.total, Demand: c.demand, Since: time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), AsOf: planStart.Time}, DefaultWeights())
	return tax, rep
}

// plan makes the plan of a case.
func (c planCase) plan(t testing.TB, opt PlanOptions) skillgap.Plan {
	t.Helper()
	tax, rep := c.report(t)
	if opt.Now.IsZero() {
		opt.Now = planStart.Time
	}
	p, err := NewPlan(c.inv, rep, tax, opt)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
