package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/configs"
)

// personaDay is the day the personas start their plans.
const personaDay = "2027-01-04"

// TestPersonaPlans plans every persona on the real market and checks what a
// coach would: every goal SMART; every task's hours its activity's estimate
// times its occurrences; the over-scope path for the 3 h a week director
// aspirant; and plans that are each person's own: once each persona's own
// context words (target, domain, company) are taken out, at most a quarter of
// a plan's task titles appear in another persona's plan.
func TestPersonaPlans(t *testing.T) {
	data := realworldData(t)
	coach := loadCoach(t)
	tax := skillgap.NewTaxonomy(testSkills(t))
	work := t.TempDir()
	plans := map[string]skillgap.Plan{}
	words := map[string][]string{}
	var names []string
	for _, pc := range coach.Personas {
		name := strings.TrimSuffix(pc.File, ".yaml")
		names = append(names, name)
		out := filepath.Join(work, name+".yaml")
		code, stdout, stderr := runCLI(t, "plan", "--data", data, "--inventory", filepath.Join(personaDir, pc.File), "--out", out, "--as-of", personaDay)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, stderr)
		}
		if testing.Verbose() {
			t.Logf("%s:\n%s", name, stdout)
		}
		p := loadPlanFile(t, out)
		plans[name] = p
		words[name] = contextWords(t, filepath.Join(personaDir, pc.File), p)
		checkPersonaPlan(t, name, p, tax)
	}
	if d := plans["senior-to-director"]; d.Scope != nil {
		t.Logf("senior-to-director at 3 h a week, target %s: %s", d.TargetBy, d.Scope.Text)
	}
	checkAmbitious(t, data, work, tax)
	for _, a := range names {
		own := titles(plans[a], words[a])
		others := map[string]string{}
		for _, b := range names {
			if b != a {
				for _, s := range titles(plans[b], words[b]) {
					others[s] = b
				}
			}
		}
		shared := 0
		var which []string
		for _, s := range own {
			if b, ok := others[s]; ok {
				shared++
				which = append(which, s+" ("+b+")")
			}
		}
		t.Logf("%s: %d of %d task titles appear in another persona's plan", a, shared, len(own))
		if shared*4 > len(own) {
			t.Errorf("%s: %d of %d task titles are in other plans; want at most a quarter:\n  %s", a, shared, len(own), strings.Join(which, "\n  "))
		}
	}
}

// checkAmbitious plans the director aspirant at 3 h a week for Director
// within a year and checks the over-scope path: the plan says the goals do
// not fit with the numbers, keeps the date and the most valuable goals, and
// offers the other choices.
func checkAmbitious(t *testing.T, data, work string, tax *skillgap.Taxonomy) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(personaDir, "senior-to-director.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	inv := filepath.Join(work, "ambitious.yaml")
	if err := os.WriteFile(inv, []byte(strings.Replace(string(b), "target_by: 2028-12-01", "target_by: 2027-12-01", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(work, "ambitious-plan.yaml")
	code, stdout, stderr := runCLI(t, "plan", "--data", data, "--inventory", inv, "--out", out, "--as-of", personaDay)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	p := loadPlanFile(t, out)
	checkPersonaPlan(t, "ambitious", p, tax)
	s := p.Scope
	if s == nil || s.Fit != skillgap.FitFewer || s.NeedHours <= s.HaveHours || len(s.Left) == 0 || !strings.Contains(stdout, "Other choices") {
		t.Fatalf("Director in 11 months at 3 h a week: got scope %+v; want the goals said not to fit, fewer kept, the choices offered", s)
	}
	t.Logf("ambitious: %s", s.Text)
}

// checkPersonaPlan checks one persona's plan: SMART fields, and hours that are
// the taxonomy's estimates times the occurrences.
func checkPersonaPlan(t *testing.T, name string, p skillgap.Plan, tax *skillgap.Taxonomy) {
	t.Helper()
	short := p.Start.AddDate(2, 0, 0)
	seen := map[string]string{}
	for _, g := range p.Goals {
		if g.Specific == "" || g.Measurable == "" || g.Achievable == "" || g.Relevant == "" || g.Why == "" || g.Hours <= 0 || !g.Deadline.After(g.Start.Time) {
			t.Errorf("%s: goal %s is not SMART-complete: %+v", name, g.ID, g)
		}
		if g.Horizon == skillgap.ShortTerm && g.Deadline.After(short) {
			t.Errorf("%s: short-term goal %s ends %s", name, g.ID, g.Deadline)
		}
		s, isSkill := tax.Skill(g.SkillID)
		for _, task := range g.Tasks {
			if other, dup := seen[task.Title]; dup {
				t.Errorf("%s: task text %q in %s and %s", name, task.Title, other, task.ID)
			}
			seen[task.Title] = task.ID
			if g.Kind != skillgap.GoalSkill || !isSkill {
				continue
			}
			if strings.Contains(task.Title, analyze.OnTheJob) && task.Every == skillgap.Weekly && task.Each() >= 1 && task.Each() <= 4 {
				continue // on-the-job practice that makes up the levels' hours (analyze.PractiseShare)
			}
			if !slices.ContainsFunc(s.Effort, func(e skillgap.Effort) bool {
				return e.Hours == task.Each() && e.Every == task.Every && e.Occurrences() == task.Occurrences()
			}) {
				t.Errorf("%s: task %s: %g h every %q ×%d is no activity estimate of %s %v", name, task.ID, task.Each(), task.Every, task.Occurrences(), s.ID, s.Effort)
			}
		}
	}
}

// contextWords are a persona's own words: the target role (and the long-term
// one) and their parts, the domain, the company type and employers, the city.
func contextWords(t *testing.T, path string, p skillgap.Plan) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	inv, err := configs.LoadInventory(f, path, skillgap.NewTaxonomy(testSkills(t)))
	if err != nil {
		t.Fatal(err)
	}
	ws := []string{inv.TargetRole, inv.LongTermRole, inv.Domain, inv.CompanyType, inv.Location}
	for _, sep := range []string{",", "("} {
		if before, after, ok := strings.Cut(inv.TargetRole, sep); ok {
			ws = append(ws, before, strings.Trim(after, " )"))
		}
	}
	city, _, _ := strings.Cut(inv.Location, ",")
	ws = append(ws, city)
	for _, e := range inv.Experience {
		ws = append(ws, e.Company)
	}
	var out []string
	for _, w := range ws {
		if w = strings.ToLower(strings.TrimSpace(w)); len(w) > 1 {
			out = append(out, w)
		}
	}
	// Longest first, so that "senior product manager, ai" goes before "ai".
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

var spaces = regexp.MustCompile(`\s+`)

// titles are a plan's task titles without the persona's own words, lower case.
func titles(p skillgap.Plan, words []string) []string {
	var out []string
	for _, g := range p.Goals {
		for _, task := range g.Tasks {
			s := strings.ToLower(task.Title)
			for _, w := range words {
				s = strings.ReplaceAll(s, w, "")
			}
			out = append(out, strings.TrimSpace(spaces.ReplaceAllString(s, " ")))
		}
	}
	return out
}
