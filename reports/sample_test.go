package reports

import (
	"flag"
	"fmt"
	"time"

	"github.com/skillgap/skillgap"
)

var update = flag.Bool("update", false, "rewrite golden files and testdata/screenshot.png")

// day parses a fixed test date.
func mustDay(s string) skillgap.Date {
	d, err := skillgap.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// sampleSkills is a small taxonomy for the sample report.
func sampleSkills() *skillgap.Taxonomy {
	list := []skillgap.Skill{
		{ID: "sql", Name: "SQL", Category: "analytics", Kind: skillgap.KindTool},
		{ID: "ab-testing", Name: "A/B testing", Category: "analytics", Kind: skillgap.KindSkill},
		{ID: "roadmapping", Name: "Roadmapping", Category: "strategy", Kind: skillgap.KindSkill},
		{ID: "stakeholder-management", Name: "Stakeholder management", Category: "leadership", Kind: skillgap.KindSoft},
		{ID: "user-research", Name: "User research", Category: "discovery", Kind: skillgap.KindSkill},
		{ID: "pricing", Name: "Pricing", Category: "go-to-market", Kind: skillgap.KindSkill},
		{ID: "ml-products", Name: "Machine-learning products", Category: "technical", Kind: skillgap.KindKnowledge},
		{ID: "okrs", Name: "OKRs", Category: "strategy", Kind: skillgap.KindSkill},
		{ID: "jira", Name: "Jira", Category: "tools", Kind: skillgap.KindTool},
		{ID: "cspo", Name: "Certified Scrum Product Owner", Category: "certifications", Kind: skillgap.KindCertification},
		{ID: "payments", Name: "Payments", Category: "domain", Kind: skillgap.KindDomain},
	}
	return skillgap.NewTaxonomy(list)
}

func gapRow(id, name, cat string, postings, required, total, have, want int, trend float64, sig bool, prio float64, why string) skillgap.Gap {
	return skillgap.Gap{
		Demand: skillgap.Demand{SkillID: id, Postings: postings, Required: required, Total: total,
			Trend: trend, TrendSignificant: sig, Expected: want},
		Name: name, Category: cat, Have: have, Want: want, Priority: prio,
		Parts: map[string]float64{"demand": float64(postings) / float64(total), "level": float64(want - have)},
		Why:   why,
	}
}

// sampleGap is a realistic gap report with fixed figures.
func sampleGap() *skillgap.GapReport {
	const n = 214
	g := &skillgap.GapReport{
		Target: "Senior Product Manager", Role: "product-manager", Seniority: "senior",
		Basis: "senior PM", Postings: n, Reliable: true,
		Since: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		Until: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC),
		Gaps: []skillgap.Gap{
			gapRow("sql", "SQL", "analytics", 124, 71, n, 1, 3, 6.2, true, 0.82,
				"58% of 214 postings ask for SQL (33% require it), up 6.2 points; you are at aware, they expect proficient."),
			gapRow("ab-testing", "A/B testing", "analytics", 98, 40, n, 1, 3, 4.1, true, 0.74,
				"46% of postings ask for A/B testing, up 4.1 points; two levels short."),
			gapRow("pricing", "Pricing", "go-to-market", 61, 12, n, 0, 2, 1.5, false, 0.51,
				"29% of postings ask for pricing work; you have none yet."),
			gapRow("ml-products", "Machine-learning products", "technical", 47, 9, n, 0, 2, 7.9, true, 0.49,
				"22% of postings mention ML products, the fastest riser (+7.9 points); matches your motivation."),
			gapRow("okrs", "OKRs", "strategy", 70, 15, n, 1, 2, -1.2, false, 0.38,
				"33% of postings ask for OKRs; one level short."),
			gapRow("payments", "Payments", "domain", 26, 8, n, 0, 2, 0.4, false, 0.21,
				"12% of postings want payments experience."),
		},
		Strength: []skillgap.Gap{
			gapRow("roadmapping", "Roadmapping", "strategy", 151, 96, n, 3, 3, 0.8, false, 0,
				"71% of postings ask for roadmapping; you meet the expected level."),
			gapRow("stakeholder-management", "Stakeholder management", "leadership", 139, 88, n, 4, 3, -0.5, false, 0,
				"65% of postings ask for it; you are above the expected level."),
			gapRow("user-research", "User research", "discovery", 109, 33, n, 3, 2, 2.3, false, 0,
				"51% of postings ask for user research; you exceed it."),
			gapRow("jira", "Jira", "tools", 83, 10, n, 3, 2, -3.1, true, 0,
				"39% of postings name Jira."),
		},
		Valued: []skillgap.Gap{
			gapRow("cspo", "Certified Scrum Product Owner", "certifications", 6, 0, n, 4, 1, -0.9, false, 0,
				"Only 3% of postings mention the CSPO."),
		},
		Trends: map[string][]skillgap.Point{},
	}
	g.Valued[0].MotivationFit = true
	base := map[string][]int{
		"sql":                    {48, 50, 52, 51, 55, 54, 57, 58, 60, 61, 62, 63},
		"roadmapping":            {70, 72, 71, 70, 73, 71, 72, 70, 71, 72, 71, 72},
		"ab-testing":             {40, 41, 43, 42, 44, 45, 47, 46, 48, 49, 50, 50},
		"ml-products":            {12, 14, 15, 17, 18, 20, 22, 24, 25, 27, 28, 30},
		"user-research":          {50, 49, 51, 52, 50, 51, 52, 53, 51, 52, 52, 53},
		"stakeholder-management": {66, 65, 64, 66, 65, 64, 65, 66, 64, 65, 64, 65},
	}
	for id, vals := range base {
		for i, v := range vals {
			g.Trends[id] = append(g.Trends[id], skillgap.Point{
				Time: time.Date(2025, time.Month(i+1), 1, 0, 0, 0, 0, time.UTC), Count: v * 10, Total: 1000,
			})
		}
	}
	return g
}

// samplePlan is a realistic plan with fixed dates and mixed task status.
func samplePlan() *skillgap.Plan {
	p := &skillgap.Plan{
		Version: 1, Created: time.Date(2026, 1, 5, 9, 30, 0, 0, time.UTC),
		Owner: "Alex Example", CurrentRole: "Product Manager", TargetRole: "Senior Product Manager",
		LongTermRole: "VP Product", HoursPerWeek: 5, Start: mustDay("2026-01-05"),
		Market: skillgap.MarketSnapshot{Postings: 214, Since: mustDay("2025-01-01"), Until: mustDay("2025-12-31"),
			Role: "product-manager", Skills: []skillgap.SkillShare{{SkillID: "sql", Share: 0.58}, {SkillID: "ab-testing", Share: 0.46}}},
	}
	type t struct {
		title      string
		h          float64
		start, due string
		status     skillgap.Status
	}
	goal := func(id, title string, kind skillgap.GoalKind, hz skillgap.Horizon, skill string, from, to int,
		start, deadline string, tasks ...t) skillgap.Goal {
		g := skillgap.Goal{
			ID: id, Title: title, Kind: kind, Horizon: hz, SkillID: skill, From: from, To: to,
			Specific:   title + ", practised on the product's own data and decisions.",
			Measurable: "A written analysis reviewed by a senior peer.",
			Achievable: "Fits 5 hours a week alongside the day job.",
			Relevant:   "Asked for by many target postings and rising.",
			Start:      mustDay(start), Deadline: mustDay(deadline),
		}
		for i, x := range tasks {
			g.Tasks = append(g.Tasks, skillgap.Task{ID: fmt.Sprintf("%s-%d", id, i+1), Title: x.title, Hours: x.h,
				Start: mustDay(x.start), Due: mustDay(x.due), Status: x.status})
			g.Hours += x.h
		}
		return g
	}
	p.Goals = []skillgap.Goal{
		goal("skill-sql", "Reach proficient SQL", skillgap.GoalSkill, skillgap.ShortTerm, "sql", 1, 3, "2026-01-05", "2026-04-27",
			t{"Finish an interactive SQL course", 20, "2026-01-05", "2026-02-16", skillgap.Done},
			t{"Answer five product questions from the warehouse", 25, "2026-02-16", "2026-03-30", skillgap.Doing},
			t{"Publish a retention dashboard", 15, "2026-03-30", "2026-04-27", skillgap.Todo}),
		goal("skill-ab-testing", "Run and read A/B tests", skillgap.GoalSkill, skillgap.ShortTerm, "ab-testing", 1, 3, "2026-03-02", "2026-07-06",
			t{"Read Trustworthy Online Controlled Experiments", 15, "2026-03-02", "2026-04-13", skillgap.Todo},
			t{"Design and ship two experiments", 30, "2026-04-13", "2026-06-08", skillgap.Todo},
			t{"Write up results with confidence intervals", 10, "2026-06-08", "2026-07-06", skillgap.Todo}),
		goal("skill-pricing", "Learn pricing and packaging", skillgap.GoalSkill, skillgap.ShortTerm, "pricing", 0, 2, "2026-06-01", "2026-10-05",
			t{"Study three pricing page teardowns", 10, "2026-06-01", "2026-07-06", skillgap.Todo},
			t{"Propose a packaging change with a model", 20, "2026-07-06", "2026-10-05", skillgap.Dropped}),
		goal("network-ml", "Join an ML product community", skillgap.GoalNetwork, skillgap.ShortTerm, "ml-products", 0, 1, "2026-02-02", "2026-09-28",
			t{"Attend four meetups", 12, "2026-02-02", "2026-09-28", skillgap.Doing}),
		goal("long-group-pm", "Lead a product area as Group PM", skillgap.GoalCareer, skillgap.LongTerm, "", 0, 0, "2027-07-01", "2031-12-31",
			t{"Mentor two associate PMs", 40, "2027-07-01", "2028-12-31", skillgap.Todo}),
		goal("career-senior", "Move into a Senior PM role", skillgap.GoalCareer, skillgap.ShortTerm, "", 0, 0, "2026-01-05", "2027-06-30",
			t{"Update CV with quantified outcomes", 6, "2026-09-01", "2026-10-15", skillgap.Todo},
			t{"Apply to ten target roles", 20, "2026-10-15", "2027-03-31", skillgap.Todo}),
	}
	return p
}

// sampleReport is the realistic report used by golden files and the screenshot.
func sampleReport() Report {
	return Report{
		Title:     "Skill gap report: Senior Product Manager",
		Generated: time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC),
		Gap:       sampleGap(),
		Plan:      samplePlan(),
		Taxonomy:  sampleSkills(),
	}
}
