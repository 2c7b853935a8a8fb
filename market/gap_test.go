package market

import (
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
)

func gapTaxonomy() *skillgap.Taxonomy {
	var skills []skillgap.Skill
	for _, id := range []string{"llms", "payments", "apis", "roadmapping", "people-management", "hiring"} {
		skills = append(skills, skillgap.Skill{ID: id, Name: strings.ToUpper(id[:1]) + id[1:], Category: "strategy", Kind: skillgap.KindSkill, Expected: 2})
	}
	return skillgap.NewTaxonomy(skills)
}

func TestGap(t *testing.T) {
	idx := market(t)
	inv := skillgap.Inventory{TargetRole: "Senior AI Product Manager", CurrentRole: "AI Product Manager",
		Skills: []skillgap.InventorySkill{{Skill: "llms", Level: 1}}}
	target := Target{Title: inv.TargetRole, Seniority: skillgap.Senior, Role: analyze.RoleAIPM}
	rep, demand, err := Gap(t.Context(), idx, inv, gapTaxonomy(), target, GapOptions{Options: Options{Now: day0}, Weights: analyze.DefaultWeights()})
	if err != nil {
		t.Fatal(err)
	}
	// As TestForTargetWidening: 38 postings after two widening steps, each said.
	if rep.Postings != 38 || len(rep.Widening) != 2 || !strings.Contains(rep.Note, "Only 8 postings in the window; added the neighbouring families") {
		t.Errorf("got %d postings, widening %v, note %q; want 38 via two steps, said", rep.Postings, rep.Widening, rep.Note)
	}
	// The comparison basis starts at the 20 mid AI PM postings (the current
	// role) and widens to the seniorities beside it; the notes say so.
	if rep.ComparePostings != 28 || !strings.Contains(strings.Join(rep.Notes, " "), "The comparison basis (your current level) had only 20 postings") {
		t.Errorf("got %d comparison postings (%q), notes %q; want 28, widened from 20 and said", rep.ComparePostings, rep.Compare, rep.Notes)
	}
	named := false
	for _, g := range rep.Gaps {
		named = named || g.SkillID == "llms" && g.Named
	}
	if !named {
		t.Errorf("got gaps %+v; want llms, which the target names, among them", rep.Gaps)
	}
	total := 0
	for _, d := range demand {
		if d.SkillID == "llms" {
			total = d.Postings
		}
	}
	if total != 28 {
		t.Errorf("llms asked in %d postings of the basis; want 28 (8 senior AI, 20 mid AI)", total)
	}
}

func TestGapAsOfInventoryStart(t *testing.T) {
	start := skillgap.DateOf(day0.AddDate(1, 0, 0))
	if got := AsOf(skillgap.Inventory{Start: start}, day0); !got.Equal(start.Time) {
		t.Errorf("got %v; want the inventory's start %v", got, start)
	}
	if got := AsOf(skillgap.Inventory{}, day0); !got.Equal(day0) {
		t.Errorf("got %v; want now", got)
	}
	idx := market(t)
	inv := skillgap.Inventory{TargetRole: "Senior PM", Start: start}
	rep, _, err := Gap(t.Context(), idx, inv, gapTaxonomy(), Target{Seniority: skillgap.Senior, Role: analyze.RoleProductManager},
		GapOptions{Options: Options{Now: day0, Window: 183 * 24 * time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(rep.Notes, " "), "12 months later") {
		t.Errorf("got notes %q; want the data's age counted to the inventory's start", rep.Notes)
	}
}

// TestNotesOfOne: the widening and hidden-gap notes with counts of one are
// singular ("Only 1 posting", "1 mid technical PM posting", "1 more gap is").
func TestNotesOfOne(t *testing.T) {
	rep := skillgap.GapReport{Widening: []skillgap.Widening{{Step: "added platform PM", Before: 1, After: 1, Label: "mid technical PM"}}}
	got := strings.Join(append(widenSentences(rep), hiddenNote(1)), " ")
	want := "Only 1 posting in the window; added platform PM: 1 mid technical PM posting. " +
		"1 more gap is asked in fewer than 15% of the postings and left out (--all shows it)."
	if got != want {
		t.Errorf("got %q; want %q", got, want)
	}
}
