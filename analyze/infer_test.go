package analyze

import (
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// inferSkills is a taxonomy with the implication links the tests rely on.
func inferSkills() []skillgap.Skill {
	return []skillgap.Skill{
		{ID: "rest-apis", Name: "REST APIs", Category: "technical", Kind: skillgap.KindKnowledge,
			Implies: []skillgap.Implication{{Skill: "apis", Drop: 1, Max: 3}}},
		{ID: "apis", Name: "APIs & integrations", Category: "technical", Kind: skillgap.KindSkill},
		{ID: "sql", Name: "SQL", Category: "analytics", Kind: skillgap.KindSkill,
			Implies: []skillgap.Implication{{Skill: "data-analysis", Drop: 1, Max: 3}}},
		{ID: "data-analysis", Name: "Data analysis", Category: "analytics", Kind: skillgap.KindSkill},
		{ID: "technical-background", Name: "Technical background", Category: "technical", Kind: skillgap.KindKnowledge},
		{ID: "sdlc", Name: "SDLC", Category: "technical", Kind: skillgap.KindKnowledge},
		{ID: "communication", Name: "Communication", Category: "leadership", Kind: skillgap.KindSoft, Expected: 3},
		{ID: "execution", Name: "Execution", Category: "delivery", Kind: skillgap.KindSoft, Expected: 3},
		{ID: "ambiguity", Name: "Comfort with ambiguity", Category: "leadership", Kind: skillgap.KindSoft, Expected: 3},
		{ID: "people-management", Name: "People management", Category: "leadership", Kind: skillgap.KindSkill, Expected: 3,
			Implies: []skillgap.Implication{{Skill: "coaching-mentoring", Drop: 1, Max: 3}}},
		{ID: "coaching-mentoring", Name: "Coaching & mentoring", Category: "leadership", Kind: skillgap.KindSoft},
		{ID: "hiring", Name: "Hiring", Category: "leadership", Kind: skillgap.KindSkill, Expected: 3},
		{ID: "scrum", Name: "Scrum", Category: "delivery", Kind: skillgap.KindKnowledge, Certifications: []string{"cspo"}},
		{ID: "cspo", Name: "CSPO", Category: "certifications", Kind: skillgap.KindCertification, Aliases: []string{"CSPO"}},
		{ID: "roadmapping", Name: "Roadmapping", Category: "strategy", Kind: skillgap.KindSkill, Expected: 3},
		{ID: "fintech", Name: "Fintech", Category: "domain", Kind: skillgap.KindDomain, Aliases: []string{"neobank"}},
		{ID: "payments", Name: "Payments", Category: "domain", Kind: skillgap.KindDomain,
			Implies: []skillgap.Implication{{Skill: "fintech", Drop: 1, Max: 3}}},
	}
}

func engineer() skillgap.Inventory {
	return skillgap.Inventory{
		CurrentRole: "Senior Backend Engineer", TargetRole: "Technical Product Manager",
		Skills: []skillgap.InventorySkill{{Skill: "rest-apis", Level: 4}, {Skill: "sql", Level: 3}},
		Experience: []skillgap.Experience{
			{Role: "Backend Engineer", Start: "2018-01", End: "2021-12"},
			{Role: "Senior Backend Engineer", Start: "2022-01"},
		},
	}
}

func TestInferLevels(t *testing.T) {
	asOf := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	tax := skillgap.NewTaxonomy(inferSkills())
	inv := engineer()
	inv.Certifications = []skillgap.Certification{{Name: "CSPO"}}
	got := InferLevels(inv, tax, asOf)
	tests := []struct {
		id     string
		level  int
		source skillgap.LevelSource
		why    string
	}{
		{"rest-apis", 4, skillgap.Rated, ""},
		{"apis", 3, skillgap.Inferred, "inferred 3 from REST APIs 4"},
		{"data-analysis", 2, skillgap.Inferred, "inferred 2 from SQL 3"},
		{"technical-background", 3, skillgap.Inferred, "inferred 3 from 8 years in engineering roles"},
		{"sdlc", 3, skillgap.Inferred, "8 years in engineering roles"},
		{"communication", 3, skillgap.Inferred, "inferred 3 from 8 years of work"},
		{"cspo", 4, skillgap.Rated, "you hold it"},
		{"scrum", 2, skillgap.Inferred, "from your CSPO certification"},
	}
	for _, tt := range tests {
		l, ok := got[tt.id]
		if !ok || l.Level != tt.level || l.Source != tt.source || !strings.Contains(l.Why, tt.why) {
			t.Errorf("%s: got %+v (known %v); want level %d %s %q", tt.id, l, ok, tt.level, tt.source, tt.why)
		}
	}
	for _, id := range []string{"people-management", "hiring", "roadmapping", "fintech"} {
		if l, ok := got[id]; ok {
			t.Errorf("%s: got %+v; want unrated (nothing to go on)", id, l)
		}
	}
	// A rated level is never overridden by an inference, even a higher one.
	inv.Skills = append(inv.Skills, skillgap.InventorySkill{Skill: "apis", Level: 1})
	if l := InferLevels(inv, tax, asOf)["apis"]; l.Level != 1 || l.Source != skillgap.Rated {
		t.Errorf("apis rated 1: got %+v; want the rating kept", l)
	}
}

func TestInferDomainFromExperience(t *testing.T) {
	inv := skillgap.Inventory{Experience: []skillgap.Experience{
		{Role: "Associate Product Manager", Company: "Maple (a consumer neobank)", Start: "2022-07"},
		{Role: "Payments Analyst", Company: "Shop Co", Start: "2020-01", End: "2020-09"},
	}}
	got := InferLevels(inv, skillgap.NewTaxonomy(inferSkills()), time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
	if l := got["fintech"]; l.Level != 3 || !strings.Contains(l.Why, "5 years working in it") {
		t.Errorf("fintech: got %+v; want 3 from 4 years at a neobank and 9 months in payments", l)
	}
	if l, ok := got["payments"]; ok {
		t.Errorf("payments: got %+v; want unrated: under a year in it", l)
	}
}

func TestBackgroundOf(t *testing.T) {
	for role, want := range map[string]Background{
		"Senior Backend Engineer": BgEngineering, "Product Designer": BgDesign, "Data Product Manager": BgProduct,
		"Data Analyst": BgData, "Growth Marketing Manager": BgMarketing, "Associate Product Manager": BgProduct,
		"Customer Success Manager": BgCustomer, "Barista": "",
	} {
		if got := BackgroundOf(role); got != want {
			t.Errorf("BackgroundOf(%q) = %q; want %q", role, got, want)
		}
	}
	if !managesPeople("Engineering Manager") || managesPeople("Senior Product Manager") {
		t.Error("managesPeople: want an engineering manager to manage people and a senior PM not")
	}
}

// TestGapUnknownIsNotZero: an engineer is not shown as 0 in what their
// experience and related skills plainly give them, and generic soft skills
// they did not rate are no gaps unless the step up asks for them.
func TestGapUnknownIsNotZero(t *testing.T) {
	inv := engineer()
	demand := []skillgap.Demand{
		{SkillID: "apis", Postings: 30, Required: 30, Total: 40, Expected: 3},
		{SkillID: "data-analysis", Postings: 20, Required: 20, Total: 40, Expected: 3},
		{SkillID: "technical-background", Postings: 30, Required: 30, Total: 40, Expected: 3},
		{SkillID: "ambiguity", Postings: 30, Required: 30, Total: 40},
		{SkillID: "execution", Postings: 35, Required: 35, Total: 40},
		{SkillID: "roadmapping", Postings: 36, Required: 30, Total: 40},
	}
	m := Market{Total: 40, Demand: demand, AsOf: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	rep := GapIn(inv, skillgap.NewTaxonomy(inferSkills()), m, DefaultWeights())
	rows := map[string]skillgap.Gap{}
	for _, g := range rep.Gaps {
		rows[g.SkillID] = g
	}
	if _, ok := rows["apis"]; ok {
		t.Errorf("apis is a gap %+v; want it met by inference from REST APIs 4", rows["apis"])
	}
	if _, ok := rows["technical-background"]; ok {
		t.Error("technical background is a gap; want it met by 8 years of engineering")
	}
	if g, ok := rows["data-analysis"]; !ok || g.Have != 2 || g.Source != skillgap.Inferred || !strings.Contains(g.Why, "inferred 2 from SQL 3") {
		t.Errorf("got data analysis %+v; want a one-level gap from an inferred 2 that says why", g)
	}
	for _, id := range []string{"ambiguity", "execution"} {
		if g, ok := rows[id]; ok {
			t.Errorf("soft skill %s is a gap %+v; want none without a low rating or a step up", id, g)
		}
	}
	if rep.Gaps[0].SkillID != "roadmapping" {
		t.Errorf("got top gap %s; want roadmapping, the product craft the engineer lacks", rep.Gaps[0].SkillID)
	}
	// Rated low, a soft skill is a gap.
	inv.Skills = append(inv.Skills, skillgap.InventorySkill{Skill: "ambiguity", Level: 1})
	rep = GapIn(inv, skillgap.NewTaxonomy(inferSkills()), m, DefaultWeights())
	found := false
	for _, g := range rep.Gaps {
		found = found || g.SkillID == "ambiguity"
	}
	if !found {
		t.Error("ambiguity rated 1 is no gap; want a gap")
	}
}

// TestGapStepUp: a senior PM aiming at director is ranked on what director
// postings ask for more than senior ones, shrunk for small bases.
func TestGapStepUp(t *testing.T) {
	inv := skillgap.Inventory{CurrentRole: "Senior Product Manager", TargetRole: "Director of Product",
		Skills:     []skillgap.InventorySkill{{Skill: "roadmapping", Level: 3}, {Skill: "communication", Level: 3}},
		Experience: []skillgap.Experience{{Role: "Senior Product Manager", Start: "2018-01"}}}
	target := Market{Total: 19, Label: "director of product", AsOf: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Demand: []skillgap.Demand{
		{SkillID: "people-management", Postings: 15, Required: 15},
		{SkillID: "hiring", Postings: 10, Required: 10},
		{SkillID: "roadmapping", Postings: 15, Required: 15},
		{SkillID: "execution", Postings: 12, Required: 12},
		{SkillID: "ambiguity", Postings: 12, Required: 12},
	}}
	target.Compare = &Market{Total: 46, Label: "senior PM", Demand: []skillgap.Demand{
		{SkillID: "people-management", Postings: 5}, {SkillID: "hiring", Postings: 1},
		{SkillID: "roadmapping", Postings: 40}, {SkillID: "execution", Postings: 30}, {SkillID: "ambiguity", Postings: 15},
	}}
	rep := GapIn(inv, skillgap.NewTaxonomy(inferSkills()), target, DefaultWeights())
	if rep.Compare != "senior PM" || rep.ComparePostings != 46 {
		t.Errorf("got compare %q %d; want senior PM 46", rep.Compare, rep.ComparePostings)
	}
	var ids []string
	for _, g := range rep.Gaps {
		ids = append(ids, g.SkillID)
	}
	if len(ids) < 2 || ids[0] != "people-management" || ids[1] != "hiring" {
		t.Fatalf("got gaps %v; want people management and hiring first", ids)
	}
	pm := rep.Gaps[0].StepUp
	// 15/19 − 5/46 = 78.9 − 10.9 = 68 points; n = 1/(1/19+1/46) = 13.4; kept 13.4/33.4 = 0.40.
	if pm == nil || pm.Points != 68.1 || pm.Shrink != 0.4 || pm.Shrunk != 27.2 {
		t.Errorf("got step up %+v; want 68.1 points kept at 0.40 = 27.2", pm)
	}
	if !strings.Contains(rep.Gaps[0].Why, "vs 11% of 46 senior PM postings (+68 points, counted as +27 for the small bases)") {
		t.Errorf("got why %q; want the comparison with its counts and the shrinkage", rep.Gaps[0].Why)
	}
	// Ambiguity: 63% vs 33% is 30 points, counted as 12 at 19 vs 46 postings:
	// under SoftStepUp, so the unrated soft skill is no gap.
	for _, g := range rep.Gaps {
		if g.SkillID == "ambiguity" || g.SkillID == "execution" {
			t.Errorf("%s is a gap %+v; want none: not stepped up enough for these small bases", g.SkillID, g)
		}
	}
	// The same shares over 190 and 460 postings hold: ambiguity is a gap that says why.
	big := target
	big.Total, big.Demand = 190, nil
	for _, d := range target.Demand {
		d.Postings, d.Required = d.Postings*10, d.Required*10
		big.Demand = append(big.Demand, d)
	}
	cmpBig := *target.Compare
	cmpBig.Total, cmpBig.Demand = 460, nil
	for _, d := range target.Compare.Demand {
		d.Postings *= 10
		cmpBig.Demand = append(cmpBig.Demand, d)
	}
	big.Compare = &cmpBig
	found := false
	for _, g := range GapIn(inv, skillgap.NewTaxonomy(inferSkills()), big, DefaultWeights()).Gaps {
		if g.SkillID == "ambiguity" {
			found = strings.Contains(g.Why, "a soft skill listed because it is asked 30 points more often than in senior PM postings")
		}
	}
	if !found {
		t.Errorf("want ambiguity as a stepped-up soft skill over large bases, saying why")
	}
}

func TestMotivationMatches(t *testing.T) {
	tax := skillgap.NewTaxonomy(inferSkills())
	m := newMotivationMatcher([]string{"turning data into decisions", "leading others", "Roadmapping"}, tax)
	got := m.matches(tax)
	if len(got) != 3 || len(got[0].Categories) != 1 || got[0].Categories[0] != "analytics" {
		t.Fatalf("got %+v; want data to point at analytics", got)
	}
	if !strings.Contains(strings.Join(got[1].Skills, ","), "people-management") || !strings.Contains(strings.Join(got[1].Skills, ","), "hiring") {
		t.Errorf("got %+v; want leading others to point at people management and hiring", got[1])
	}
	if len(got[2].Skills) != 1 || got[2].Skills[0] != "roadmapping" {
		t.Errorf("got %+v; want roadmapping named outright", got[2])
	}
}
