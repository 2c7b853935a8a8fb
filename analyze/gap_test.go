package analyze

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// planSkills is a small taxonomy for gap, plan and review tests.
// planTax is planSkills as the taxonomy the analysis takes.
func planTax() *skillgap.Taxonomy { return skillgap.NewTaxonomy(planSkills()) }

func planSkills() []skillgap.Skill {
	return []skillgap.Skill{
		{ID: "sql", Name: "SQL", Category: "analytics", Kind: skillgap.KindTool, Aliases: []string{"SQL", "structured query language"},
			HoursPerLevel: 30, Expected: 2,
			Practice: []string{"Work through a SQL tutorial on your product's schema", "Answer three product questions with your own queries", "Build and share a weekly metrics query"},
			Evidence: []string{"Reads simple queries", "Writes joins and aggregations for a product question", "Owns a recurring analysis in SQL", "Teaches SQL to other PMs"}},
		{ID: "ab-testing", Name: "A/B testing", Category: "analytics", Kind: skillgap.KindSkill, Aliases: []string{"A/B testing", "experimentation"},
			HoursPerLevel: 40, Expected: 3,
			Practice: []string{"Read an experimentation primer", "Design one experiment with a data scientist", "Run and read out two experiments"},
			Evidence: []string{"Explains an A/B test", "Designs a test with help", "Runs experiments end to end and reads results correctly", "Sets the experimentation practice"}},
		{ID: "product-strategy", Name: "Product strategy", Category: "strategy", Kind: skillgap.KindSkill, HoursPerLevel: 60, Expected: 3},
		{ID: "roadmapping", Name: "Roadmapping", Category: "delivery", Kind: skillgap.KindSkill, HoursPerLevel: 20, Expected: 2},
		{ID: "machine-learning", Name: "Machine learning", Category: "technical", Kind: skillgap.KindKnowledge, Aliases: []string{"ML"}, HoursPerLevel: 80, Expected: 2},
		{ID: "figma", Name: "Figma", Category: "tools", Kind: skillgap.KindTool, HoursPerLevel: 10, Expected: 1},
		{ID: "cspo", Name: "Certified Scrum Product Owner", Category: "certifications", Kind: skillgap.KindCertification,
			Aliases: []string{"CSPO"}, HoursPerLevel: 30, Expected: 1},
	}
}

// planInventory is a mid-level PM aiming at senior PM.
func planInventory() skillgap.Inventory {
	return skillgap.Inventory{
		Name: "Alex", CurrentRole: "Product Manager", TargetRole: "Senior Product Manager", LongTermRole: "Director of Product",
		HoursPerWeek: 6, Start: skillgap.DateOf(time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)),
		Skills: []skillgap.InventorySkill{
			{Skill: "sql", Level: 1}, {Skill: "roadmapping", Level: 3}, {Skill: "figma", Level: 3}, {Skill: "product-strategy", Level: 2},
		},
		Motivations: []string{"analytics", "coaching other people"},
	}
}

// planDemand is the market of 312 senior PM postings.
func planDemand() []skillgap.Demand {
	return []skillgap.Demand{
		{SkillID: "sql", Postings: 150, Required: 109, Total: 312, Trend: 9, TrendSignificant: true, Expected: 3},
		{SkillID: "ab-testing", Postings: 100, Required: 40, Total: 312},
		{SkillID: "roadmapping", Postings: 200, Required: 150, Total: 312, Trend: -4},
		{SkillID: "product-strategy", Postings: 180, Required: 160, Total: 312, Expected: 3},
		{SkillID: "cspo", Postings: 40, Required: 10, Total: 312},
		{SkillID: "figma", Postings: 9, Required: 0, Total: 312},
	}
}

func TestGapRows(t *testing.T) {
	m := Market{Total: 312, Demand: planDemand(), Since: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}
	rep := GapIn(planInventory(), planTax(), m, DefaultWeights())
	if rep.Role != "product manager" || rep.Seniority != skillgap.Senior || !rep.Reliable || rep.Note != "" {
		t.Fatalf("got role %q seniority %q reliable %v note %q; want product manager, senior, reliable", rep.Role, rep.Seniority, rep.Reliable, rep.Note)
	}
	var ids []string
	for _, g := range rep.Gaps {
		ids = append(ids, g.SkillID)
	}
	// cspo is asked in 13% of postings, under MinShare: hidden unless all are asked for.
	if got, want := strings.Join(ids, ","), "sql,ab-testing,product-strategy"; got != want || rep.Hidden != 1 {
		t.Fatalf("got gaps %s, %d hidden; want %s, 1 hidden", got, rep.Hidden, want)
	}
	sql := rep.Gaps[0]
	// demand 109/312 + 0.5×41/312; trend 0.3×9/20; level 1×2/4; motivation 0.3 (analytics); effort −0.3×60/200.
	want := 109.0/312 + 0.5*41/312 + 0.3*9/20 + 0.5 + 0.3 - 0.3*60/200
	if math.Abs(sql.Priority-want) > 1e-4 {
		t.Errorf("got sql priority %v; want %v (parts %v)", sql.Priority, want, sql.Parts)
	}
	if got, want := sql.Why, "asked in 48% of 312 senior PM postings since 2026-05 (required in 35%), rising 9 points; you 1, expected 3; matches your motivations"; got != want {
		t.Errorf("got why %q; want %q", got, want)
	}
	if ab := rep.Gaps[1]; ab.Source != skillgap.Unrated || ab.Parts["level"] != 0.5*3/4 || !strings.Contains(ab.Why, "you: not rated") {
		t.Errorf("got ab-testing row %+v; want unrated at half its distance", ab)
	}
	if len(rep.RateThese) != 2 || rep.RateThese[0].SkillID != "ab-testing" || rep.RateThese[1].SkillID != "cspo" {
		t.Errorf("got rate-these %+v; want ab-testing and cspo", rep.RateThese)
	}
	m.All = true
	all := GapIn(planInventory(), planTax(), m, DefaultWeights())
	if g := all.Gaps[len(all.Gaps)-1]; g.SkillID != "cspo" || g.Want != 1 || g.Have != 0 || all.Hidden != 0 {
		t.Errorf("got last row %+v with all; want cspo have 0 want 1", g)
	}
	if len(rep.Strength) != 1 || rep.Strength[0].SkillID != "roadmapping" {
		t.Errorf("got strengths %+v; want roadmapping", rep.Strength)
	}
	if len(rep.Valued) != 1 || rep.Valued[0].SkillID != "figma" || rep.Valued[0].Have != 3 {
		t.Errorf("got valued %+v; want figma at 3", rep.Valued)
	}
}

func TestGapExpectedLevel(t *testing.T) {
	tests := []struct {
		name, target string
		expected     int // demand's Expected
		want         int
	}{
		{"taxonomy for senior", "Senior Product Manager", 0, 3},
		{"wording for senior", "Senior Product Manager", 2, 2},
		{"taxonomy raised for staff", "Staff Product Manager", 0, 4},
		{"wording raised for director", "Director of Product", 3, 4},
		{"capped at 4", "Principal Product Manager", 4, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv := planInventory()
			inv.TargetRole = tt.target
			d := []skillgap.Demand{{SkillID: "ab-testing", Postings: 10, Total: 40, Expected: tt.expected}}
			rep := Gap(inv, planTax(), 40, d, DefaultWeights())
			if len(rep.Gaps) != 1 || rep.Gaps[0].Want != tt.want {
				t.Fatalf("got %+v; want expected level %d", rep.Gaps, tt.want)
			}
		})
	}
}

func TestGapUnreliable(t *testing.T) {
	rep := Gap(planInventory(), planTax(), 12, []skillgap.Demand{{SkillID: "sql", Postings: 6, Required: 6, Total: 12}}, DefaultWeights())
	if rep.Reliable || !strings.Contains(rep.Note, "only 12 matching senior PM postings") {
		t.Fatalf("got reliable %v note %q; want unreliable with the count", rep.Reliable, rep.Note)
	}
}

func TestGapHeldCertification(t *testing.T) {
	inv := planInventory()
	inv.Certifications = []skillgap.Certification{{Name: "CSPO", Date: "2023-04"}}
	rep := Gap(inv, planTax(), 312, planDemand(), DefaultWeights())
	for _, g := range rep.Gaps {
		if g.SkillID == "cspo" {
			t.Fatalf("got cspo as a gap %+v; want it held", g)
		}
	}
	found := false
	for _, g := range rep.Strength {
		found = found || (g.SkillID == "cspo" && g.Have == 4)
	}
	if !found {
		t.Errorf("got strengths %+v; want cspo at 4", rep.Strength)
	}
}

func TestParseWeights(t *testing.T) {
	tests := []struct {
		in      string
		want    Weights
		wantErr string
	}{
		{"", DefaultWeights(), ""},
		{"demand=2, trend=0", Weights{Demand: 2, Preferred: 0.5, StepUp: 1, Trend: 0, Level: 1, Motivation: 0.3, Target: 0.5, Effort: 0.3}, ""},
		{"Effort=1,preferred=0.25", Weights{Demand: 1, Preferred: 0.25, StepUp: 1, Trend: 0.3, Level: 1, Motivation: 0.3, Target: 0.5, Effort: 1}, ""},
		{"speed=1", Weights{}, "speed=1"},
		{"demand=-1", Weights{}, "at least 0"},
		{"demand", Weights{}, "name=number"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseWeights(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got %v; want error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

func TestRoleLabel(t *testing.T) {
	tests := []struct {
		sen  skillgap.Seniority
		role string
		want string
	}{
		{skillgap.Senior, "product manager", "senior PM"},
		{skillgap.Senior, "ai pm", "senior AI PM"},
		{skillgap.Staff, "technical pm", "staff technical PM"},
		{skillgap.Director, "product leader", "director of product"},
		{skillgap.VP, "product leader", "VP of product"},
		{"", "product owner", "PO"},
		{skillgap.Senior, "", "senior product"},
	}
	for _, tt := range tests {
		if got := RoleLabel(tt.sen, tt.role); got != tt.want {
			t.Errorf("RoleLabel(%q, %q) = %q; want %q", tt.sen, tt.role, got, tt.want)
		}
	}
}

// TestValuedMotivationOnly: a skill valued as a motivation, with no level,
// is listed without "you 0", which would read as a judgement.
func TestValuedMotivationOnly(t *testing.T) {
	inv := planInventory()
	inv.Motivations = []string{"machine learning"}
	rep := GapIn(inv, planTax(), Market{Total: 312, Demand: planDemand()}, DefaultWeights())
	i := slices.IndexFunc(rep.Valued, func(g skillgap.Gap) bool { return g.SkillID == "machine-learning" })
	if i < 0 {
		t.Fatalf("got valued %+v; want machine learning, the motivation", rep.Valued)
	}
	if why := rep.Valued[i].Why; strings.Contains(why, "you 0") || !strings.HasPrefix(why, "matches your motivations; asked in 0% of 312") {
		t.Errorf("got why %q; want it to say it matches your motivations, without \"you 0\"", why)
	}
	if j := slices.IndexFunc(rep.Valued, func(g skillgap.Gap) bool { return g.SkillID == "figma" }); j < 0 || !strings.HasPrefix(rep.Valued[j].Why, "you 3; ") {
		t.Errorf("got valued %+v; want figma with you 3", rep.Valued)
	}
}
