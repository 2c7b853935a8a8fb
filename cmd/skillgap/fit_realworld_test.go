package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
)

// TestPersonaEvidenceAndFit runs every persona's gap report and fit on the
// real market and checks what must hold whatever the figures: every example
// asks for its row's skill, in its own words, at most three a row, newest
// first; postings that fit also fit on skills; reaching goals never closes a
// door; each posting's score agrees with what it says is missing.
func TestPersonaEvidenceAndFit(t *testing.T) {
	data := realworldData(t)
	for _, p := range loadCoach(t).Personas {
		t.Run(strings.TrimSuffix(p.File, ".yaml"), func(t *testing.T) {
			inv := filepath.Join(personaDir, p.File)
			code, out, stderr := runCLI(t, "gap", "--data", data, "--inventory", inv, "--json")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var rep skillgap.GapReport
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatal(err)
			}
			for _, g := range rep.Gaps {
				if len(g.Examples) == 0 || len(g.Examples) > 3 {
					t.Errorf("%s: got %d examples; want 1 to 3 (the row counts %d postings)", g.SkillID, len(g.Examples), g.Postings)
				}
				for i, e := range g.Examples {
					if strings.TrimSpace(e.Evidence) == "" || e.Title == "" || e.Company == "" {
						t.Errorf("%s: example %+v lacks its sentence, title or company", g.SkillID, e)
					}
					if i > 0 && e.Date.After(g.Examples[i-1].Date) {
						t.Errorf("%s: examples not newest first: %v after %v", g.SkillID, e.Date, g.Examples[i-1].Date)
					}
				}
			}
			code, out, stderr = runCLI(t, "fit", "--data", data, "--inventory", inv, "--json")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var fit skillgap.FitReport
			if err := json.Unmarshal([]byte(out), &fit); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s", fit.Summary)
			if fit.Now > fit.NowOnSkills || fit.After > fit.AfterOnSkills || fit.Now > fit.After && len(fit.Steps) > 0 {
				t.Errorf("got now %d (on skills %d), after %d (on skills %d); want fits within the skills figures, and after ≥ now",
					fit.Now, fit.NowOnSkills, fit.After, fit.AfterOnSkills)
			}
			prev := fit.Now
			for _, s := range fit.Steps {
				if s.Fits < prev {
					t.Errorf("goal %d: %d fit, fewer than the %d before it", s.Goal, s.Fits, prev)
				}
				prev = s.Fits
			}
			if len(fit.Rows) != fit.Postings {
				t.Errorf("got %d rows; want %d", len(fit.Rows), fit.Postings)
			}
			for _, r := range fit.Rows {
				met := r.Now.Required - slices.IndexFunc(append(slices.Clone(r.Now.Missing), skillgap.Shortfall{Level: skillgap.Preferred}),
					func(s skillgap.Shortfall) bool { return s.Level != skillgap.Required })
				if met != r.Now.RequiredMet || r.Now.Fits != (r.Now.SkillsFit && r.SeniorityOK && r.LocationOK) ||
					r.Now.SkillsFit && r.Now.Score < 75 || r.After != nil && r.After.Score < r.Now.Score {
					t.Errorf("%s: score %v, %d of %d required met, %d missing listed, fits %v (skills %v, seniority %v, place %v), after %v",
						r.PostingID, r.Now.Score, r.Now.RequiredMet, r.Now.Required, len(r.Now.Missing), r.Now.Fits, r.Now.SkillsFit,
						r.SeniorityOK, r.LocationOK, r.After)
				}
			}
		})
	}
}
