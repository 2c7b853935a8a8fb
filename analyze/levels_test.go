package analyze

import (
	"bufio"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/internal/testenv"
)

// TestProficiencyLevels compares the level the extractor expects for each
// skill it finds with the hand-labelled proficiency (0–4) of the first 20
// postings of the held-out test set: exact agreement and Cohen's kappa, beside
// what always guessing the commonest label scores. The expected level is the
// wording's when it states one, else the taxonomy's, as the gap report uses it.
// It only reports (the set is never tuned on); it fails on nothing but I/O.
func TestProficiencyLevels(t *testing.T) {
	path := filepath.Join("testdata", "testset", "levels.jsonl")
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("no %s", path)
	}
	if _, err := os.Stat(sharedRealworld); err != nil {
		testenv.Missing(t, "no %s", sharedRealworld)
	}
	gold := map[string]map[string]int{}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l struct {
			ID     string         `json:"id"`
			Levels map[string]int `json:"levels"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		gold[l.ID] = l.Levels
	}
	skills, err := configs.Taxonomy()
	if err != nil {
		t.Fatal(err)
	}
	tax := skillgap.NewTaxonomy(skills)
	x, err := NewExtractor(skills)
	if err != nil {
		t.Fatal(err)
	}
	idmap := readIDMap(t, filepath.Join("testdata", "realworld-idmap.tsv"))
	texts := boardTexts{dir: filepath.Join(sharedRealworld, "ashby-market"), jobs: map[string]map[string]string{}}
	var pairs [][2]int // gold, ours
	stated := 0
	for _, l := range readRealLabels(t, filepath.Join("testdata", "testset", "labels.jsonl")) {
		g, ok := gold[l.ID]
		if !ok {
			continue
		}
		text, err := texts.get(l.Board, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		ours := map[string]int{}
		said := map[string]bool{}
		for _, m := range x.Extract(l.Title, text).Skills {
			v, ok := idmap[m.SkillID]
			if !ok {
				continue
			}
			lvl := m.Expected
			if lvl > 0 {
				said[v] = true
			} else if s, ok := tax.Skill(m.SkillID); ok {
				lvl = s.ExpectedLevel()
			}
			ours[v] = max(ours[v], lvl)
		}
		for v, want := range g {
			if got, ok := ours[v]; ok {
				pairs = append(pairs, [2]int{want, got})
				if said[v] {
					stated++
				}
			}
		}
	}
	if len(pairs) == 0 {
		t.Fatal("no labelled skill found by the extractor")
	}
	agree, kappa := agreementKappa(pairs)
	counts := map[int]int{}
	for _, p := range pairs {
		counts[p[0]]++
	}
	mode := 0
	for l, n := range counts {
		if n > counts[mode] || (n == counts[mode] && l < mode) {
			mode = l
		}
	}
	constant := make([][2]int, len(pairs))
	for i, p := range pairs {
		constant[i] = [2]int{p[0], mode}
	}
	cAgree, cKappa := agreementKappa(constant)
	t.Logf("proficiency on %d found skills of 20 test postings (%d with a level the wording states): exact agreement %.3f, Cohen's kappa %.3f; always %d: agreement %.3f, kappa %.3f",
		len(pairs), stated, agree, kappa, mode, cAgree, cKappa)
}

// agreementKappa returns the exact agreement of (gold, ours) pairs over levels
// 0–4 and Cohen's kappa: (po − pe) / (1 − pe), pe from the two marginals.
func agreementKappa(pairs [][2]int) (po, kappa float64) {
	var a, b [skillgap.MaxLevel + 1]float64
	for _, p := range pairs {
		if p[0] == p[1] {
			po++
		}
		a[min(max(p[0], 0), skillgap.MaxLevel)]++
		b[min(max(p[1], 0), skillgap.MaxLevel)]++
	}
	n := float64(len(pairs))
	po /= n
	pe := 0.0
	for i := range a {
		pe += a[i] / n * b[i] / n
	}
	if pe == 1 {
		return po, 0
	}
	return po, (po - pe) / (1 - pe)
}
