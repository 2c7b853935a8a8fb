package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/index"
	"github.com/skillgap/skillgap/market"
)

// coachFile is what a career coach named as each persona's top gaps after
// reading real postings for the target, written before the ranking changed.
type coachFile struct {
	Personas []struct {
		File    string   `yaml:"file"`
		Target  string   `yaml:"target"`
		TopGaps []string `yaml:"top_gaps"`
	} `yaml:"personas"`
}

const personaDir = "../../testdata/personas"

func loadCoach(t *testing.T) coachFile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(personaDir, "coach.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var c coachFile
	if err := yaml.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Personas) < 6 {
		t.Fatalf("got %d personas; want at least 6", len(c.Personas))
	}
	return c
}

// TestPersonaGaps runs every persona's gap report against the real market
// and checks what a coach would: the top three are mostly the coach's (two of
// three for at least 70% of the personas, one of three and two of five for
// every one), no
// strength, inferred-high skill or unasked-for soft skill is among them, the
// basis is what it says, and every widening is in every format.
func TestPersonaGaps(t *testing.T) {
	data := realworldData(t)
	coach := loadCoach(t)
	hits := 0
	for _, p := range coach.Personas {
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
			var top []string
			for _, g := range rep.Gaps[:min(5, len(rep.Gaps))] {
				top = append(top, fmt.Sprintf("%s(%.2f %s)", g.SkillID, g.Priority, g.Source))
			}
			t.Logf("%s → basis %q %d postings, compare %q %d; top 5: %s; coach: %v", p.Target, rep.Basis, rep.Postings,
				rep.Compare, rep.ComparePostings, strings.Join(top, ", "), p.TopGaps)
			if len(rep.Gaps) < 5 {
				t.Errorf("got %d gaps ranked; want at least 5", len(rep.Gaps))
			}
			n, n5 := 0, 0
			for _, g := range rep.Gaps[:min(5, len(rep.Gaps))] {
				if slices.Contains(p.TopGaps, g.SkillID) {
					n5++
				}
			}
			for i, g := range rep.Gaps[:min(3, len(rep.Gaps))] {
				if slices.Contains(p.TopGaps, g.SkillID) {
					n++
				}
				if g.Have >= g.Want {
					t.Errorf("top %d %s: you %d, expected %d: a strength is no gap", i+1, g.SkillID, g.Have, g.Want)
				}
				if g.Kind == skillgap.KindSoft && g.Source != skillgap.Rated && (g.StepUp == nil || g.StepUp.Points < 15) {
					t.Errorf("top %d %s: a soft skill the user did not rate, without a step up", i+1, g.SkillID)
				}
			}
			if n >= 2 {
				hits++
			}
			if n < 1 || n5 < 2 {
				t.Errorf("%d of the top 3 and %d of the top 5 are among the coach's %v; want at least 1 and 2", n, n5, p.TopGaps)
			}
			checkBasis(t, data, rep)
			checkWideningEverywhere(t, data, inv, rep)
		})
	}
	t.Logf("%d of %d personas have at least 2 of the coach's gaps in their top 3", hits, len(coach.Personas))
	// The market is small (about 110 product postings) and every basis but two
	// is widened: hold most personas to two of three, and every one to the
	// looser bound above.
	if hits*10 < len(coach.Personas)*7 {
		t.Errorf("only %d of %d personas have at least 2 of the coach's gaps in their top 3; want 70%%", hits, len(coach.Personas))
	}
}

// TestPersonaInferencePaths reports, per persona's basis, how many of the
// skills asked in at least 15% of it have an inference path (from another
// skill, experience or a certification), and checks most do.
func TestPersonaInferencePaths(t *testing.T) {
	data := realworldData(t)
	coach := loadCoach(t)
	tax := skillgap.NewTaxonomy(testSkills(t))
	paths := analyze.InferencePaths(tax)
	idx, err := market.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	for _, p := range coach.Personas {
		tg, err := targetOf(p.Target, tax, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := market.ForTarget(t.Context(), idx, tg, market.Options{})
		if err != nil {
			t.Fatal(err)
		}
		asked, covered := 0, 0
		var without []string
		for _, d := range b.Demand {
			if d.Share() < analyze.MinShare {
				continue
			}
			asked++
			if paths[d.SkillID] {
				covered++
			} else {
				without = append(without, d.SkillID)
			}
		}
		t.Logf("%s (%s, %d postings): %d of %d skills asked in ≥15%% have an inference path; none for %v", p.Target, b.Label, b.Total, covered, asked, without)
		if asked > 0 && covered*2 < asked {
			t.Errorf("%s: only %d of %d often-asked skills can be inferred", p.Target, covered, asked)
		}
	}
}

// checkBasis checks that every posting of the basis matches the target's
// family and seniority, or a widening the report states.
func checkBasis(t *testing.T, data string, rep skillgap.GapReport) {
	t.Helper()
	if len(rep.Widening) == 0 {
		if len(rep.Seniorities) != 1 || rep.Seniorities[0] != rep.Seniority {
			t.Errorf("basis seniorities %v without a widening; want just %s", rep.Seniorities, rep.Seniority)
		}
	}
	idx, err := index.OpenReadOnly(data)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	n := 0
	err = idx.Each(t.Context(), func(p skillgap.Posting) error {
		d := p.Date()
		if d.Before(rep.Since) || !d.Before(rep.Until) || !slices.Contains(rep.Roles, p.Role) || !slices.Contains(rep.Seniorities, p.Seniority) {
			return nil
		}
		if len(rep.Domains) > 0 && !slices.ContainsFunc(rep.Domains, func(d string) bool { return slices.Contains(p.Domains, d) }) {
			return nil // the basis takes postings in any of its domains
		}
		n++
		if p.Role == "" {
			t.Errorf("basis holds %q, which is no product role", p.Title)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != rep.Postings {
		t.Errorf("the index holds %d postings of the stated basis; the report counts %d", n, rep.Postings)
	}
}

// checkWideningEverywhere renders the report as text, Markdown, HTML and
// JSON and checks that each says every widening step with its counts.
func checkWideningEverywhere(t *testing.T, data, inv string, rep skillgap.GapReport) {
	t.Helper()
	if len(rep.Widening) == 0 {
		return
	}
	for _, format := range []string{"", "md", "html", "json"} {
		args := []string{"gap", "--data", data, "--inventory", inv}
		if format != "" {
			args = append(args, "--format", format)
		}
		code, out, stderr := runCLI(t, args...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, stderr)
		}
		for _, w := range rep.Widening {
			for _, want := range []string{w.Step, fmt.Sprint(w.Before), fmt.Sprint(w.After)} {
				if !strings.Contains(out, want) {
					t.Errorf("format %q: no %q of the widening %+v", formatName(format), want, w)
				}
			}
		}
	}
}

func formatName(format string) string {
	if format == "" {
		return "text"
	}
	return format
}
